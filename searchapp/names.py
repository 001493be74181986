"""Name lists the extractor uses, written by hand from public facts.

Country names come from CLDR through Babel; this module adds what CLDR lacks:
short and long forms, capitals used for their governments, English and French
demonyms (Arabic nisba adjectives are derived from the names), titles that
introduce a person, common first names, and a few well-known people with their
spellings in several scripts.
"""

# Other names of a country, in any language, besides CLDR's.
COUNTRY_ALIASES = {
    "US": ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "U.S.", "U.S.A.",
           "USA", "America", "United States of America", "Amérique"],
    "GB": ["بريطانيا", "إنجلترا", "انكلترا", "Britain", "Great Britain", "U.K.", "UK", "England", "Angleterre",
           "Grande-Bretagne"],
    "RU": ["الاتحاد السوفيتي", "الاتحاد السوفياتي", "Soviet Union", "USSR", "U.S.S.R."],
    "DE": ["West Germany", "East Germany"],
    "SA": ["السعودية", "Saudi"],
    "AE": ["الإمارات", "UAE", "U.A.E.", "Emirates"],
    "PS": ["فلسطين", "Palestine"],
    "SY": ["سورية"],
    "DK": ["الدنمارك"],
    "TR": ["Turkey"],
    "NL": ["Holland"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast"],
    "CD": ["DR Congo", "Democratic Republic of Congo"],
    "VA": ["Vatican", "الفاتيكان"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
}

# Capitals and seats of government that news uses for the country's government.
CAPITALS = {
    "US": ["واشنطن", "البيت الأبيض", "Washington", "White House"],
    "RU": ["موسكو", "الكرملين", "Moscow", "Kremlin", "Moscou"],
    "UA": ["كييف", "كيف", "Kyiv", "Kiev"],
    "EG": ["القاهرة", "Cairo", "Le Caire"],
    "JO": ["Amman"],
    "SA": ["الرياض", "Riyadh", "Riyad"],
    "IR": ["طهران", "Tehran", "Téhéran"],
    "CN": ["بكين", "Beijing", "Peking", "Pékin"],
    "FR": ["باريس", "الإليزيه", "Paris", "Elysee", "Élysée"],
    "GB": ["لندن", "London", "Londres", "Downing Street"],
    "DE": ["برلين", "Berlin", "Bonn"],
    "TR": ["أنقرة", "Ankara"],
    "SY": ["دمشق", "Damascus", "Damas"],
    "IQ": ["بغداد", "Baghdad", "Bagdad"],
    "LB": ["بيروت", "Beirut", "Beyrouth"],
    "QA": ["الدوحة", "Doha"],
    "AE": ["أبوظبي", "أبو ظبي", "Abu Dhabi"],
    "MA": ["الرباط", "Rabat"],
    "SD": ["الخرطوم", "Khartoum"],
    "YE": ["صنعاء", "Sanaa"],
    "OM": ["مسقط", "Muscat", "Mascate"],
    "BH": ["المنامة", "Manama"],
    "AF": ["كابول", "Kabul"],
    "PK": ["إسلام آباد", "Islamabad"],
    "IN": ["نيودلهي", "New Delhi"],
    "JP": ["طوكيو", "Tokyo"],
    "CA": ["أوتاوا", "Ottawa"],
    "IL": ["تل أبيب", "Tel Aviv"],
    "IT": ["روما", "Rome"],
    "ES": ["مدريد", "Madrid"],
    "KR": ["سيول", "Seoul"],
    "KP": ["بيونغ يانغ", "Pyongyang"],
    "GR": ["أثينا", "Athens", "Athènes"],
    "PL": ["وارسو", "Warsaw", "Varsovie"],
    "ET": ["أديس أبابا", "Addis Ababa"],
    "SO": ["مقديشو", "Mogadishu"],
    "VE": ["كاراكاس", "Caracas"],
    "CU": ["هافانا", "Havana"],
    "ID": ["جاكرتا", "Jakarta"],
    "AR": ["Buenos Aires"],
    "BR": ["Brasilia"],
    "ZA": ["Pretoria"],
    "KE": ["Nairobi"],
    "PH": ["Manila"],
    "TH": ["Bangkok"],
    "VN": ["Hanoi"],
    "MY": ["Kuala Lumpur"],
}

# Cities that news datelines and reports name, for their country (the capitals are above).
CITIES = {
    "US": ["نيويورك", "New York", "Chicago", "Los Angeles", "San Francisco", "Houston", "Dallas", "Boston",
           "Detroit", "Philadelphia", "Atlanta", "Miami", "Seattle", "New Jersey", "Pittsburgh", "Denver",
           "Minneapolis", "St. Louis", "Kansas City", "Cleveland", "Cincinnati", "Omaha", "Wall Street",
           # States, and the abbreviations US datelines use (those too short to be safe are left out)
           "California", "Calif.", "Texas", "Florida", "Fla.", "Ohio", "Iowa", "Utah", "Illinois", "Michigan",
           "Mich.", "Massachusetts", "Mass.", "Connecticut", "Conn.", "Pennsylvania", "Colorado", "Colo.",
           "Minnesota", "Minn.", "Arizona", "Ariz.", "Oklahoma", "Okla.", "Tennessee", "Tenn.", "Wisconsin",
           "Missouri", "Kentucky", "Louisiana", "Alabama", "Nebraska", "Kansas", "Nevada", "Oregon", "Indiana",
           "Virginia", "Maryland", "Delaware", "Arkansas", "Mississippi", "Idaho", "Montana", "Wyoming",
           "Vermont", "Maine", "Alaska", "Hawaii", "N.Y.", "N.J.", "N.C.", "S.C.", "R.I.", "N.H.", "N.M.",
           "D.C."],
    "CA": ["Toronto", "Montreal", "Vancouver", "Calgary", "Winnipeg"],
    "GB": ["مانشستر", "Manchester", "Liverpool", "Birmingham", "Edinburgh", "Glasgow", "Leeds"],
    "DE": ["فرانكفورت", "Frankfurt", "Hamburg", "Munich", "Cologne", "Duesseldorf", "Düsseldorf"],
    "CH": ["جنيف", "زيورخ", "Zurich", "Geneva", "Basle", "Basel"],
    "IT": ["ميلانو", "Milan", "Turin", "Naples"],
    "FR": ["مرسيليا", "ليون", "Marseille", "Lyon"],
    "ES": ["برشلونة", "Barcelona", "Valencia", "Seville"],
    "NL": ["أمستردام", "Amsterdam", "Rotterdam", "The Hague"],
    "BE": ["Antwerp"],
    "AU": ["Sydney", "Melbourne", "Perth", "Brisbane"],
    "JP": ["Osaka", "Yokohama"],
    "CN": ["شنغهاي", "Shanghai", "Guangzhou", "Shenzhen"],
    "HK": ["هونغ كونغ", "Hong Kong"],
    "IN": ["مومباي", "Bombay", "Mumbai", "Calcutta", "Kolkata"],
    "BR": ["ساو باولو", "Sao Paulo", "São Paulo", "Rio de Janeiro"],
    "RU": ["سانت بطرسبرغ", "St Petersburg", "Leningrad"],
    "TR": ["إسطنبول", "اسطنبول", "Istanbul"],
    "SA": ["جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "Jeddah", "Mecca", "Dhahran"],
    "AE": ["دبي", "الشارقة", "Dubai", "Sharjah"],
    "EG": ["الإسكندرية", "Alexandria"],
    "IQ": ["البصرة", "الموصل", "أربيل", "Basra", "Mosul"],
    "SY": ["حلب", "حمص", "Aleppo"],
    "JO": ["العقبة", "الزرقاء", "Aqaba"],
    "MA": ["الدار البيضاء", "مراكش", "طنجة", "فاس", "Casablanca", "Marrakech"],
    "TN": ["صفاقس", "سوسة", "Sfax"],
    "DZ": ["وهران", "Oran"],
    "LY": ["بنغازي", "مصراتة", "Benghazi"],
    "PS": ["غزة", "رام الله", "Gaza", "Ramallah"],
    "LB": ["صيدا", "Tripoli"],
    "YE": ["عدن", "Aden"],
    "PK": ["كراتشي", "لاهور", "Karachi", "Lahore"],
    "NG": ["لاغوس", "Lagos"],
    "ZA": ["جوهانسبرغ", "Johannesburg", "Cape Town"],
}

# Capitals spelled like a country but for their shadda (normalize drops it): عمّان is Amman, عمان Oman.
VOCALIZED_CAPITALS = {"عمّان": "JO"}

# Demonyms in languages without a regular derivation (Arabic nisba is derived).
DEMONYMS = {
    "US": ["American", "américain"], "GB": ["British", "Briton", "britannique", "إنجليزي", "انكليزي", "الإنجليزي",
                                             "الانكليزي"], "RU": ["Russian", "Soviet", "russe"],
    "UA": ["Ukrainian", "ukrainien"], "EG": ["Egyptian", "égyptien"], "JO": ["Jordanian", "jordanien"],
    "SA": ["Saudi", "saoudien"], "AE": ["Emirati", "émirati"], "QA": ["Qatari"], "KW": ["Kuwaiti", "koweïtien"],
    "BH": ["Bahraini"], "OM": ["Omani"], "YE": ["Yemeni", "yéménite"], "IQ": ["Iraqi", "irakien"],
    "SY": ["Syrian", "syrien"], "LB": ["Lebanese", "libanais"], "PS": ["Palestinian", "palestinien"],
    "IL": ["Israeli", "israélien"], "IR": ["Iranian", "iranien"], "TR": ["Turkish", "Turk", "turc"],
    "FR": ["French", "français"], "DE": ["German", "allemand"], "IT": ["Italian", "italien"],
    "ES": ["Spanish", "Spaniard", "espagnol"], "PT": ["Portuguese", "portugais"], "NL": ["Dutch", "néerlandais"],
    "BE": ["Belgian", "belge"], "CH": ["Swiss", "suisse"], "AT": ["Austrian", "autrichien"], "SE": ["Swedish"],
    "NO": ["Norwegian"], "DK": ["Danish"], "FI": ["Finnish"], "PL": ["Polish", "polonais"], "GR": ["Greek", "grec"],
    "CN": ["Chinese", "chinois"], "JP": ["Japanese", "japonais"], "IN": ["Indian", "indien"],
    "PK": ["Pakistani", "pakistanais"], "AF": ["Afghan", "afghan"], "MA": ["Moroccan", "marocain"],
    "DZ": ["Algerian", "algérien"], "TN": ["Tunisian", "tunisien"], "LY": ["Libyan", "libyen"],
    "SD": ["Sudanese", "soudanais"], "ET": ["Ethiopian", "éthiopien"], "SO": ["Somali", "somalien"],
    "NG": ["Nigerian", "nigérian"], "KE": ["Kenyan"], "ZA": ["South African"], "CA": ["Canadian", "canadien"],
    "MX": ["Mexican", "mexicain"], "BR": ["Brazilian", "brésilien"], "AR": ["Argentine", "Argentinian"],
    "CL": ["Chilean"], "CO": ["Colombian"], "VE": ["Venezuelan", "vénézuélien"], "CU": ["Cuban", "cubain"],
    "AU": ["Australian", "australien"], "ID": ["Indonesian"], "MY": ["Malaysian"], "PH": ["Filipino", "Philippine"],
    "TH": ["Thai"], "VN": ["Vietnamese"], "KR": ["South Korean"], "KP": ["North Korean"],
}

# Arabic country names that are mostly common words: مالي is Mali but more often "financial",
# بنين is Benin but more often "sons". They are not taken as countries.
AMBIGUOUS_ARABIC = {"مالي", "بنين"}

# Words that introduce a person's name (folded Arabic; Latin in lower case).
TITLES_AR = """
رئيس الرئيس الرئيسه رئيسه الملك الملكه الامير الاميره الشيخ الشيخه السيد السيده الوزير وزير وزيره الوزيره
المستشار المستشاره الدكتور الدكتوره د البابا المدرب اللاعب اللاعبه النجم النجمه الفنان الفنانه المطرب المطربه
الكاتب الكاتبه الروائي الشاعر الزعيم القائد العقيد اللواء العميد الجنرال المشير النائب النائبه السفير السفيره
المتحدث المتحدثه الناطق المبعوث الامين المدير المديره الممثل الممثله الاعلامي الاعلاميه الصحفي الصحفيه الحاكم
ولي المرشح المرشحه القاضي المحامي الامام السلطان المخرج المخرجه الملاكم الحارس المهاجم المدافع الموسيقار
الباحث الباحثه البروفيسور الاستاذ الاستاذه المفوض المفوضه المندوب العاهل نظيره نظيرته
جلاله فخامه سمو السمو سماحه معالي لاعب مدرب حارس المصارع الدراج السباح البطل البطله الرئيس
""".split()

TITLES_LATIN = """
president minister mr mrs ms dr king queen prince princess sheikh chancellor secretary governor senator
general pope premier ambassador envoy spokesman spokeswoman chairman chief judge m mme monsieur madame
président ministre roi reine prince chancelier secrétaire général ambassadeur porte-parole
""".split()

# Verbs of saying that news puts before the speaker: وقال X, أكد X (with و or ف in front too).
SPEECH_VERBS_AR = """
قال قالت يقول تقول أكد أكدت يؤكد تؤكد أضاف أضافت أوضح أوضحت صرح صرحت أعلن أعلنت اعتبر اعتبرت رأى رأت
ذكر ذكرت أشار أشارت شدد شددت دعا دعت طالب طالبت تابع تابعت أفاد أفادت لفت لفتت نفى نفت كشف كشفت أعرب
أعربت أبلغ أبلغت حذر حذرت اعترف اعترفت يرى ترى وصف وصفت سأل سألت أجاب أجابت رد ردت
""".split()

# Regnal numbers after a first name: محمد السادس, عبد الله الثاني.
REGNAL_ORDINALS_AR = "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split()

# Words that never belong to a name, though they may follow one: times, "in the name of", "yesterday".
NOT_IN_NAMES_AR = set("""
امس اليوم غدا الان ربما باسم الاسبوع الشهر العام الماضي الحالي الجاري السابق القادم المقبل
حاليا سابقا ايضا فقط بعدما عندما حيث الذي التي الذين خلال امام لدي
""".split())

# Tokens that may sit inside a name: بن، ابن، ابو، عبد، bin, al ...
NAME_CONNECTORS = {"بن", "ابن", "بنت", "ابو", "ام", "عبد", "ال", "bin", "ibn", "ben", "bint", "abu", "al", "el", "de",
                   "van", "von", "da", "di", "du", "la", "le", "bou"}

FIRST_NAMES_AR = """
محمد احمد حسن حسين صدام محمود مصطفي خالد عمر عثمان يوسف ابراهيم اسماعيل سعيد سعد فهد فيصل سلمان سلطان نايف
طلال جمال كمال ناصر صالح سامي سمير وليد طارق هشام ياسر رامي زياد عادل عماد ايمن اسامه انس بشار حافظ رفيق
نبيل نجيب نزار هاني وائل ماهر منير مروان معاذ مالك حمد حمدي حامد راشد زايد مكتوم تميم جاسم منصور عبدالله
عبدالرحمن عبدالعزيز عبدالفتاح عبدالمجيد عبدالكريم عبدالسلام عبدالملك عبداللطيف عبدالرحيم عبدالحميد فاطمه عائشه
مريم زينب خديجه ليلي سلمي هدي نور سعاد امل رانيا هيفاء نجلاء منى سميره ساره لينا ديما جورج ميشال ميشيل
توني جون جيمس جاك نيكولا فلاديمير دونالد باراك هيلاري انجيلا ايمانويل بوريس فولوديمير انطونيو كوفي
ريشي اولاف جو كامالا مايك جوزيف شارل فرانسوا جان بيير الكسندر سيرغي سيرجي ديمتري ايهود بنيامين شمعون
ارييل غولدا موشيه رجب اردوغان بيل كولن كوندوليزا ديفيد تيريزا غوردون نيكولاس خافيير ماريو لويس كارلوس
عمرو عامر عاصم عباس عبيد عدي عزيز عصام علاء عمار عوض عيسى غازي غسان فادي فارس فاروق فتحي فراس فريد فواز
قاسم قصي كريم لؤي ماجد مازن مجدي محسن مدحت مراد مرتضى مصعب معتز معن مقتدى منذر مهدي موسى مؤيد نادر ناجي نبيه
نجم نذير نصر نضال نعمان نوري هادي هاشم هيثم وجدي وحيد وسام وضاح ياسين يحيى يزن يعقوب يونس ادريس اكرم
انور ايهاب باسل بدر برهان بسام بشير بكر بلال تامر توفيق ثامر جابر جعفر جلال جواد حاتم حازم حبيب حسام حسني حكم
حمزه حميد خليل خليفه داود رائد راجي رأفت رشيد رضا رعد رفعت زكريا زكي زهير سالم سامح سامر سراج سعود سلام
سليمان سهيل سيف شادي شاكر شريف شفيق صباح صبري صدقي صفوت صلاح ضياء طلعت طه ظافر عارف عبدو عدنان
عرفات عزت عفيف علي عواد غالب فؤاد فايز فخري فهمي قيس كامل لطفي محيي مختار مسعود
نصري نواف هيام وفاء ياسمين يسرا رنا رشا ريم سوسن شيرين عبير غاده لبنى مي نادين نجوى هالة
وداد آمنة اسماء بشرى حنان دعاء رحاب سحر سلوى سميه عائشة علياء فرح منال نسرين نهى هند وئام
ميخائيل يوري ايغور بيتر بول مارك ستيفن ريتشارد روبرت وليام توماس هنري ادوارد مارتن كيفن اندرو
اريك براين جيفري لورانس كينيث فرانك جيرالد هيلموت غيرهارد دومينيك
ماتيو جوزيبي سيلفيو رومانو خوسيه خوان مانويل فرناندو بيدرو دييغو ماريانو
رونالد مارغريت نانسي كاترين ايلينا ناتاليا اولغا ماريا
ديك نيك كير
""".split()

# More given names: Arabic (Gulf, Levant, Egypt, Maghreb), Persian, Turkish, Kurdish, and
# common European, American, African and Asian names as Arabic news spells them.
FIRST_NAMES_AR += """
ابتسام ابتهاج احسان اديب اسعد اشرف الهام امجد امين امينه انيس اياد ايناس باسم باسمه بثينه بدريه
بديع بسمه بشري بهاء بهيه تغريد تهاني تيسير ثريا جبران جبريل جميل جميله جنان جهاد حسنين حسيب
حكمت حليم حليمه حمدان حمود حنا خالده خضر خلف خلود دلال ذياب رؤوف رباب ربيع رجاء رحمه رزق رشاد رضوان
رغده رقيه رمزي روان رياض ريما زاهر زكيه زهره زيد زينه سارا سامية سعدي سعديه سلوي سليم سماح
سمر سناء سهاد سهام سهى سوزان شاهر شاهين شذى شرين شعبان شهاب شهد صابر صادق صافي صفاء صفيه صهيب
ضحى طاهر عائده عاطف عاليه عايده عبدالباسط عبدالجبار عبدالحكيم عبدالحليم عبدالخالق عبدالرزاق
عبدالغني عبدالقادر عبدالمنعم عبدالناصر عبدالهادي عبدالوهاب عدلي عزام عطيه عليا عمران
عوني غدير فاتن فاديه فاضل فايزه فتحيه فدوى فرج فكري فوزي فوزيه فيروز قحطان كاظم كفاح
لميس لمياء ماجده مجيد محمدي مرام مرعي مشعل معتصم مفيد مقداد مها مهند موفق
ميار ميسون ميساء نائل ناديه ناهد نبيله نجاح نزيه نسيم نشأت نعيم نهاد نهال نوال نوح هاله هبه
هدى هلال همام وجيه ورده وسيم وصفي وفيق يسري يمنى
عبده بوعلام امحمد لحسن بوجمعه مولاي مصطفى
روحاني ظريف عباسعلي غلام فرهاد بهرام داريوش كوروش
طيب كليتشدار اوغلو بولنت اجاويد نيجيرفان برهم هوشيار
البرت الفريد اليكس اليكساندر اندريه اندريس انطوان انطون اوليفر ايفان باتريك باسكال برنار
برونو بيرنار تيري توم تيموثي جيرار جوزيه جوليان جوناثان جيف جيمي دانيال دانيل دافيد
دميتري رالف رولان روبرتو روجيه ريكاردو ريمون ستيف ستيفان
سيلفان سيمون غاري غراهام فابيو فاسيلي فرانسيسكو فرانز فرديناند فريدريك فيكتور فيليب
فيليبي فيتالي كارل كريستوف كريستيان كريس كلاوس لاري لوران لوك لويجي ليونيل مارسيل ماركو
ماركوس مايكل ماثيو ميغيل نيلسون هانز هاري هيرفيه والتر وولفغانغ يوهان يوشكا
اليسا اليزابيث انييس ايفا ايرينا ايزابيل باربرا بريجيت جاكلين جوليا جوليانا دايانا روزا سابين
سارة سيلفي صوفي صوفيا غابرييلا كارلا كلير كونداليزا كريستينا لورا لويز ليندا مارين
مارتا ناتالي هيلين فيرونيكا يوليا
كوامي جوليوس موامبا ثابو جاكوب سيريل يوويري
كيم تيم شون كريستوفر ديفد تشارلز دينيس ليوناردو صامويل نيكوس اشلي روبي دونكان خايمي اندرياس الفونسو ماورو
الياس معاويه غيث
شينزو جونيتشيرو ناريندرا مانموهان اتال راجيف انديرا بينظير نواز برويز
شوكت سوهارتو سوسيلو مهاتير
""".split()

# Given names that are everyday words too (hope, light, morning, peace, beauty...): a name
# only when another name word follows (أمل عرفة, not أمل in "in the hope").
WORD_NAMES_AR = """
امل نور صباح سلام جمال كريم سعيد فريد شريف عادل حسن فرح منى هدى سماح نجاح وفاء رجاء رحمه
عزيز جميل حبيب امين كمال صادق فاضل طاهر نبيل سامي عالي شمس بدر هلال نصر فتح فرج خير زين ورده
ثابت صالح راشد منصور ناصر فارس مالك سالم باسم صابر مفيد نعيم حكم مصطفى يوسف شهد مها ضحى سمر
خلف منى لبنى عاليه جميله كامل باسمه سامي هادي طارق غيث
""".split()

FIRST_NAMES_LATIN = """
mohammed muhammad mohamed ahmed ahmad ali hassan hussein mahmoud mustafa khaled omar osman youssef ibrahim
ismail saeed saad fahd faisal salman sultan nayef talal jamal gamal kamal nasser saleh sami samir walid tarek
hisham yasser rami ziad adel emad ayman osama bashar hafez nabil hani wael maher marwan hamad hamid rashid
zayed tamim mansour abdullah abdulaziz abdel abdul fatima aisha maryam zainab leila salma huda nour rania
george michel tony john james jack nicolas vladimir donald barack hillary angela emmanuel boris volodymyr
antonio kofi ban rishi olaf joe kamala mike joseph charles francois françois jean pierre alexander sergei
dmitry ehud benjamin shimon ariel golda moshe recep bill colin condoleezza david theresa gordon javier mario
luis carlos ronald margaret helmut mikhail hosni anwar gerhard jacques paul peter michael
robert richard william thomas henry edward martin jose juan maria anne marie sarah elizabeth nancy susan
kenneth lawrence jeffrey brian kevin steven mark andrew eric stephen
""".split()

# Well-known people: an id, a label per script, and spellings in any script.
KNOWN_PEOPLE = [
    ("volodymyr-zelensky", "فولوديمير زيلينسكي", "Volodymyr Zelensky",
     ["زيلينسكي", "زيلنسكي", "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski", "Selenskyj"]),
    ("vladimir-putin", "فلاديمير بوتين", "Vladimir Putin", ["بوتين", "Putin", "Poutine"]),
    ("antonio-guterres", "أنطونيو غوتيريش", "António Guterres", ["غوتيريش", "غوتيريس", "Guterres"]),
    ("emmanuel-macron", "إيمانويل ماكرون", "Emmanuel Macron", ["ماكرون", "Macron"]),
    ("mohammed-bin-salman", "محمد بن سلمان", "Mohammed bin Salman",
     ["محمد بن سلمان", "Mohammed bin Salman", "Mohammad bin Salman", "MBS"]),
    ("salman-bin-abdulaziz", "الملك سلمان بن عبد العزيز", "King Salman",
     ["سلمان بن عبد العزيز", "سلمان بن عبدالعزيز", "Salman bin Abdulaziz"]),
    ("donald-trump", "دونالد ترامب", "Donald Trump", ["ترامب", "Trump"]),
    ("joe-biden", "جو بايدن", "Joe Biden", ["بايدن", "Biden"]),
    ("barack-obama", "باراك أوباما", "Barack Obama", ["أوباما", "اوباما", "Obama"]),
    ("abdel-fattah-el-sisi", "عبد الفتاح السيسي", "Abdel Fattah el-Sisi", ["السيسي", "Sisi", "el-Sisi", "al-Sisi"]),
    ("abdullah-ii", "الملك عبد الله الثاني", "King Abdullah II", ["عبد الله الثاني", "عبدالله الثاني", "Abdullah II"]),
    ("recep-tayyip-erdogan", "رجب طيب أردوغان", "Recep Tayyip Erdoğan", ["أردوغان", "اردوغان", "Erdogan", "Erdoğan"]),
    ("xi-jinping", "شي جين بينغ", "Xi Jinping", ["شي جين بينغ", "شي جينبينغ", "Xi Jinping"]),
    ("angela-merkel", "أنجيلا ميركل", "Angela Merkel", ["ميركل", "Merkel"]),
    ("olaf-scholz", "أولاف شولتس", "Olaf Scholz", ["شولتس", "شولتز", "Scholz"]),
    ("boris-johnson", "بوريس جونسون", "Boris Johnson", ["بوريس جونسون", "Boris Johnson"]),
    ("benjamin-netanyahu", "بنيامين نتنياهو", "Benjamin Netanyahu", ["نتنياهو", "Netanyahu"]),
    ("mahmoud-abbas", "محمود عباس", "Mahmoud Abbas", ["محمود عباس", "أبو مازن", "Mahmoud Abbas", "Abu Mazen"]),
    ("bashar-al-assad", "بشار الأسد", "Bashar al-Assad", ["بشار الأسد", "Bashar al-Assad", "Assad"]),
    ("ali-khamenei", "علي خامنئي", "Ali Khamenei", ["خامنئي", "Khamenei"]),
    ("tamim-bin-hamad", "تميم بن حمد آل ثاني", "Tamim bin Hamad Al Thani", ["تميم بن حمد", "Tamim bin Hamad"]),
    ("mohamed-bin-zayed", "محمد بن زايد", "Mohamed bin Zayed", ["محمد بن زايد", "Mohamed bin Zayed"]),
    ("mohammed-vi", "الملك محمد السادس", "King Mohammed VI", ["محمد السادس", "Mohammed VI"]),
    ("george-w-bush", "جورج بوش", "George W. Bush", ["بوش", "Bush"]),
    ("tony-blair", "توني بلير", "Tony Blair", ["بلير", "Blair"]),
    ("jacques-chirac", "جاك شيراك", "Jacques Chirac", ["شيراك", "Chirac"]),
    ("kofi-annan", "كوفي عنان", "Kofi Annan", ["كوفي عنان", "Kofi Annan", "Annan"]),
    ("hosni-mubarak", "حسني مبارك", "Hosni Mubarak", ["حسني مبارك", "Mubarak"]),
    ("saddam-hussein", "صدام حسين", "Saddam Hussein", ["صدام حسين", "Saddam Hussein"]),
    ("ronald-reagan", "رونالد ريغان", "Ronald Reagan", ["ريغان", "Reagan"]),
    ("james-baker", "جيمس بيكر", "James Baker", ["James Baker", "Baker"]),
    ("paul-volcker", "بول فولكر", "Paul Volcker", ["Volcker"]),
    ("mikhail-gorbachev", "ميخائيل غورباتشوف", "Mikhail Gorbachev", ["غورباتشوف", "Gorbachev"]),
    ("margaret-thatcher", "مارغريت تاتشر", "Margaret Thatcher", ["تاتشر", "Thatcher"]),
    ("helmut-kohl", "هلموت كول", "Helmut Kohl", ["Kohl"]),
    ("yasser-arafat", "ياسر عرفات", "Yasser Arafat", ["عرفات", "Arafat"]),
]
