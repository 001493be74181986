"""Name lists the extractor uses, written by hand from public facts.

Country names come from CLDR through Babel; this module adds what CLDR lacks:
short and long forms, capitals used for their governments, English and French
demonyms (Arabic nisba adjectives are derived from the names), titles that
introduce a person, given names (Arabic, and other languages' as the Arabic press
writes them), and some 1,150 well-known people with their spellings in several scripts.
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
    "US": ["نيويورك", "سان فرانسيسكو", "كامب ديفيد", "New York", "Chicago", "Los Angeles", "San Francisco", "Houston", "Dallas", "Boston",
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
    "TR": ["إسطنبول", "اسطنبول", "ديار بكر", "Istanbul", "Diyarbakir"],
    "SA": ["جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "Jeddah", "Mecca", "Dhahran"],
    "AE": ["دبي", "الشارقة", "أم القيوين", "Dubai", "Sharjah"],
    "EG": ["الإسكندرية", "بني سويف", "Alexandria"],
    "IQ": ["البصرة", "الموصل", "أربيل", "أبو غريب", "Basra", "Mosul"],
    "SY": ["حلب", "حمص", "Aleppo"],
    "JO": ["العقبة", "الزرقاء", "Aqaba"],
    "MA": ["الدار البيضاء", "مراكش", "طنجة", "فاس", "Casablanca", "Marrakech"],
    "TN": ["صفاقس", "سوسة", "بن عروس", "بن قردان", "Sfax"],
    "DZ": ["وهران", "Oran"],
    "LY": ["بنغازي", "مصراتة", "Benghazi"],
    "PS": ["غزة", "رام الله", "خان يونس", "Gaza", "Ramallah", "Khan Younis"],
    "LB": ["صيدا", "Tripoli"],
    "YE": ["عدن", "Aden"],
    "SD": ["أم درمان", "دارفور", "Omdurman", "Darfur"],
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
جلاله فخامه سمو السمو سماحه معالي لاعب مدرب حارس المصارع الدراج السباح البطل البطله
متحدث متحدثه ناطق الامبراطور الامبراطوره العداء العداءه الراحل الراحله الخبير الخبيره المهندس المهندسه
الصحابي اللورد المؤرخ الرسام القس الكاردينال الشاعره الروائيه المفكر المذيع المذيعه الشاه مواطنه
مواطنته اخراج تاليف يدعى تدعى
""".split()

TITLES_LATIN = """
president minister mr mrs ms dr king queen prince princess sheikh chancellor secretary governor senator
general pope premier ambassador envoy spokesman spokeswoman chairman chief judge m mme monsieur madame
président ministre roi reine prince chancelier secrétaire général ambassadeur porte-parole
""".split()

# Job nouns without the article that news puts right after a name, before what the job is of:
# ديفيد براون مدير الشركة. They end a name but, unlike titles, introduce none (قائد الجيش is no one).
JOB_NOUNS_AR = """
مدير مديره محلل محلله اداري عضو عضوه نائب نائبه مستشار مستشاره سفير سفيره خبير خبيره محافظ قائد زعيم زعيمه
مفاوض مراسل مراسله مؤسس مخرج مخرجه ممثل ممثله مطرب مطربه مغني مغنيه شاعر شاعره كاتب كاتبه روائي مفتي قاضي محامي
""".split()

# Nouns of places and bodies that news names after people: a name right after them (with a
# title between or not) is the place's or the body's, not a person: جامعة الملك فهد, مطار جون
# كنيدي, شارع محمد الخامس, كنيسة مار يعقوب, كأس الشيخ جاسم.
PLACE_NOUNS_AR = """
مدينه جامعه كليه مدرسه معهد مستشفى مطار ميناء شارع ساحه ميدان مسجد جامع كنيسه كاتدرائيه دير جبل بحيره نهر
منطقه قريه بلده محافظه ولايه قاعه ملعب استاد مركز مؤسسه شركه مصرف بنك حزب نادي سجن جسر قصر بوابه جائزه كأس
مكتبه متحف مخيم معبر سد مصنع فندق مجموعه منشورات
""".split()

# Words between a place noun and the person it is named after: جامعة السلطان قابوس, كنيسة مار يعقوب.
PLACE_NAME_TITLES_AR = "الملك الامير السلطان الشيخ الامام القديس القديسه سانت سان مار".split()

# Verbs of saying that news puts before the speaker: وقال X, أكد X (with و or ف in front too).
SPEECH_VERBS_AR = """
قال قالت يقول تقول أكد أكدت يؤكد تؤكد أضاف أضافت أوضح أوضحت صرح صرحت أعلن أعلنت اعتبر اعتبرت رأى رأت
ذكر ذكرت أشار أشارت شدد شددت دعا دعت طالب طالبت تابع تابعت أفاد أفادت لفت لفتت نفى نفت كشف كشفت أعرب
أعربت أبلغ أبلغت حذر حذرت اعترف اعترفت يرى ترى وصف وصفت سأل سألت أجاب أجابت رد ردت
توقع توقعت رجح رجحت استبعد استبعدت أبدى أبدت نوه نوهت ختم ختمت أقر أقرت أورد أوردت قلل قللت
خلص خلصت اتهم اتهمت كرر كررت أصر أصرت
""".split()

# Regnal numbers after a first name: محمد السادس, عبد الله الثاني.
REGNAL_ORDINALS_AR = "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split()

# Words that never belong to a name, though they may follow one: times, "in the name of", "yesterday".
NOT_IN_NAMES_AR = set("""
امس اليوم غدا الان ربما باسم الاسبوع الشهر العام الماضي الحالي الجاري السابق القادم المقبل
حاليا سابقا ايضا فقط بعدما عندما حيث الذي التي الذين خلال امام لدي
ناهز يناهز التخصصي الثقافي الخيري الدولي الطبي الجامعي المركزي
""".split())

# Tokens that may sit inside a name: بن، ابن، ابو (and its other cases ابي، ابا)، عبد، ولد (Mauritanian), bin, al ...
NAME_CONNECTORS = {"بن", "ابن", "بنت", "ابو", "ابي", "ابا", "ام", "ولد", "عبد", "ال", "bin", "ibn", "ben", "bint", "abu", "al", "el", "de",
                   "van", "von", "da", "di", "du", "la", "le", "bou", "abou"}

FIRST_NAMES_AR = """
محمد احمد حسن حسين صدام محمود مصطفي خالد عمر عثمان يوسف ابراهيم اسماعيل سعيد سعد فهد فيصل سلمان سلطان نايف تركي
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

# Given names of other languages, as the Arabic press writes them.
FIRST_NAMES_AR += """
جوشوا جيسون رايان جاستن براندون بنجامين صموئيل غريغوري ريموند دنيس تايلر آرون ناثان دوغلاس زاكاري كايل
جيريمي هارولد كيث غيرالد لورنس جيسي ديلان برايان غابرييل يوجين راندي فنسنت بوبي هوارد ستانلي ليونارد أرنولد
نايجل إيان ديريك مالكولم دنكان ويليام أنتوني جيري إيثان روجر آرثر بيلي بروس ويلي جوني نورمان واين
باتريشيا جينيفر كارين ساندرا كيمبرلي إيميلي أماندا دوروثي ميليسا ديبورا ستيفاني شارون سينثيا كاثلين شيرلي
أنجلينا بريندا باميلا نيكول إيما سامانثا كريستين راشيل كارولين جانيت هيذر ديان جويس إيفلين أوليفيا جوديث
ميغان مارثا أندريا هانا غلوريا جانيس ميلاني أنيت ليليان كاميلا تاتيانا سفيتلانا أوبرا ماري جيسيكا ليزا كارول
ريبيكا إيمي كاثرين جولي فيكتوريا كيلي لورين يلينا مايا
أوليفييه سيباستيان تييري ديدييه ريمي سيرج كلود فابريس فريديريك سيغولين هانس يورغن فولفغانغ هلموت أوتمار
غونتر هورست ديتر يوزف يواكيم فالتر ميشائيل راينر ماتياس هاينز أورسولا يان ديرك روبن أليخاندرو رافائيل
جيوفاني أليساندرو لوكا فرانشيسكو ماسيمو جواو إيفو هوغو راؤول ألفارو ألبرتو باولو نيكولاي أليكسي أناتولي
يفغيني غينادي أوليغ بافل ليونيد فياتشيسلاف يتسحاق إسحاق عمير شاؤول أفيغدور تسيبي جلعاد يوسي نفتالي يائير
إيلي منوشهر كنزو هيروشي ناوتو يوكيو سونيا راهول أولوسيغون أمادو ماكي يايا أرلن
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
سهير فيفي نيللي شريهان لبلبه عبله دينا داليا نرمين شيماء اسراء الاء نهله هناء عفاف كوثر انعام جيهان
ميرفت ريهام اصاله ديانا كارمن جومانا رولا لمي تالا ريتاج اروي تماضر حفصه خوله رزان حسناء ميرنا بتول
عبدالواحد عبدالباقي عبدالرؤوف عبدالعاطي عبدالقوي عبدالعظيم عبدالمطلب عبدالمحسن عبدالاله عبدالستار
عبدالغفور عبدالصمد عبدالمنصف عبدالحي عبدالمعطي عبدالجليل عبدالنبي عبدالامير عبدالمهدي
حسونه شحاته ممدوح عصمت ثروت بهجت عبود جودت رشدي عزمي رامز بطرس جرجس حجاج عنتر مجذوب قتيبه بكري
فيديل ريجينا مارتينا فلوريان لوكاس روب ستيوارت هيلن بربارا ايفون داستين كيانو هاريسون برتران كزافييه
جيلبرتو سبايك سوزي كلارا لوسي هيرمان ادغار ريان راين جيلبرت كريستيانو رونالدو راوول فابيان
جورجي سيرجيو فرانكو خوسي رافاييل كارلو ستانيسلاف نيكيتا ماكسيم زبيغنيو ياروسلاف فاتسلاف ميلوش
سلوبودان رادوفان زوران فويسلاف ميركو دراغان داني روني حاييم اسحق شلومو ابراهام مناحيم
لطيفه فريده اميره احلام نسمه لجين جني شوقي حماده رمضان جمعه سلامه خميس شكري حلمي خيري مينا ادم شهيره
عزه ايمان مروه روي سام بوب
مارينا زهراء كانديس أليستير دورون هيديكي رامون أناستازيا فيجاي بريان ستيفين وولتر كيت إليزا أنطونيس ديميتريس
جورجيوس كوستاس يانيس ميهاي بوغدان توماش ياكوب لورينزو فيديريكو ستيفانو إنريكو بابلو أليخاندرا إيزابيلا لوسيا تشارلي
فريدي ريكي سوزانا كلوديا يورغ نيكلاس لارس سفين أندرس بيورن ميكائيل إيال أوري تاكيشي كينجي يوكي ساتوشي راجيش سونيل أميت
سانجاي أنيل سوشما بريانكا أرجون ديباك فيكرام إعجاز أحمدو مامادو إبراهيما باكاري سيكو أوبافيمي
""".split()

# Yet more given names, rare as words: Arabic (old and new, Gulf to Maghreb, compounds with عبد
# and الدين written as one word), Kurdish, Persian, Turkish, Hebrew, Russian and European, as
# the Arabic press spells them.
FIRST_NAMES_AR += """
ابتهال أثير أجود أدهم أزهر أسيل أشواق أفنان أكثم ألطاف أوس أيهم براء بهيج تسنيم تهامي جادالله جاسر
جلنار جمانة خزعل خضير دعد رسلان رغد رفاه رهف زاهي زبيدة سجى سماهر سميح سميحة سندس شادن
شاهيناز شهرزاد صائب صابرين صفوان عاتكة علوان فيحاء كنان مأمون منيب ميادة نائلة نشوى نعمات هديل يمان
وصال ناظم مشاري سعدون حذيفة خلدون سيرين لارا سفيان حسان حيدر داوود لخضر بلقاسم بوشعيب
عبدالحق عبدالمؤمن عبدالحفيظ عبدالودود عبدالكافي عبدالرشيد عبدالسميع عبدالعليم عبدالجواد عبدالتواب عبدالشافي
عبدالنور عبدالحسين عبدالزهرة عبدالصبور عبدالوارث عبدالمولى عبدالسيد عبدالمسيح نورالدين عزالدين خيرالدين
بدرالدين علاءالدين ناصرالدين
كاوه آزاد هوشنك ريبوار دلشاد شيركو سيروان نوشيروان بختيار هيمن كوسرت سردار ريزان شيلان
آصف مجتبى بهروز جمشيد بيجن مهران رامين شهباز زلماي دنيز هاكان تورغوت تانسو دولت
عوزي عاموس مئير يوفال ليمور ناتان أليعازر غابي يوآف أفرايم متان دوف تسفي شاؤل
فاليري فلاديسلاف قسطنطين كونستانتين روسلان أصلان زليمخان نورسلطان ليخ يانوش
هوبير إيف إيرفيه مارتين فرانسواز أنغيلا غيدو هاينريش فريدريش أوتو جيانفرانكو جوليو أمبرتو ألساندرو جوزيب
رودريغو فيسنتي خورخي إدموند غوران يوران برنارد نيوت ويسلي ويني ليندسي رودي سيلين ماجدالينا بياتريس
باسيل تيودور مادلين دانا تارو ياسو عبدولاي
""".split()

# Given names that are everyday words too (hope, light, morning, peace, beauty...): a name
# only when another name word follows (أمل عرفة, not أمل in "in the hope").
WORD_NAMES_AR = """
امل نور صباح سلام جمال كريم سعيد فريد شريف عادل حسن فرح منى هدى سماح نجاح وفاء رجاء رحمه
عزيز جميل حبيب امين كمال صادق فاضل طاهر نبيل سامي عالي شمس بدر هلال نصر فتح فرج خير زين ورده
ثابت صالح راشد منصور ناصر فارس مالك سالم باسم صابر مفيد نعيم حكم مصطفى يوسف شهد مها ضحى سمر
خلف لبنى عاليه جميله كامل باسمه هادي طارق غيث
لحسن طيب نجم سيف ربيع وحيد عليا عبيد انس رائد رضا سليم عوض دعاء زهره سحر رفيق نادر عماد رشيد فؤاد
قاسم وسام توفيق حافظ عارف حميد كوفي سكوت نيل ميل جين بيتي ادم انا الفا راسل دونا صافي تركي
اسماء رزق نشات سلمي امنه عائده ساميه نبيله بشري زينه هبه شذي سهام رحاب اديب ناديه جو عمر
لطيفه فريده اميره احلام نسمه لجين جني شوقي حماده رمضان جمعه سلامه خميس شكري حلمي خيري مينا شهيره
عزه ايمان مروه روي سام بوب الياس الفريد الهام
""".split()

# More of them: words in general text (authentic, glory, falcon, dawn; Oscar, generation) that
# are given names as well.
_MORE_WORD_NAMES_AR = """
أصيل ألفت أمجاد رماح عرفان غفران نغم أيسر ثائر باهر مطيع ميسرة عواطف وجدان سراب عتاب وديع سنان راضي
رافع جبر لبيب ساهر ليث شجاع فرحان فلاح جواهر مجد شروق حنين تقي واثق علا رحيم صقر باقر كرم حكيم قمر
انتصار جاد فجر حلا بشارة شريفة عزيزة منيرة شفيقة دانة دانية رامية غالية صافية عاطفة سهيلة سكينة همسة
بارعة رشيدة أنيسة منار إخلاص عطاء مولود رابح لوي غي غيوم أوسكار ماكس موريس جيل ريك إيريك تيد
""".split()
WORD_NAMES_AR += _MORE_WORD_NAMES_AR
FIRST_NAMES_AR += _MORE_WORD_NAMES_AR

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
kenneth lawrence jeffrey brian kevin steven mark andrew eric stephen karl otto hans
""".split()

# Well-known people, one a line: id | Arabic label | Latin label | spellings in any script.
# A one-word spelling is taken as the person wherever it appears, so it must not be an
# everyday word; longer spellings are matched as whole phrases.
_KNOWN_PEOPLE_TABLE = """
volodymyr-zelensky | فولوديمير زيلينسكي | Volodymyr Zelensky | زيلينسكي; زيلنسكي; Zelensky; Zelenskyy; Zelenskiy; Zelenski; Selenskyj
vladimir-putin | فلاديمير بوتين | Vladimir Putin | بوتين; Putin; Poutine
antonio-guterres | أنطونيو غوتيريش | António Guterres | غوتيريش; غوتيريس; Guterres
emmanuel-macron | إيمانويل ماكرون | Emmanuel Macron | ماكرون; Macron
mohammed-bin-salman | محمد بن سلمان | Mohammed bin Salman | محمد بن سلمان; Mohammed bin Salman; Mohammad bin Salman; MBS
salman-bin-abdulaziz | الملك سلمان بن عبد العزيز | King Salman | سلمان بن عبد العزيز; سلمان بن عبدالعزيز; Salman bin Abdulaziz
donald-trump | دونالد ترامب | Donald Trump | ترامب; Trump
joe-biden | جو بايدن | Joe Biden | بايدن; Biden
barack-obama | باراك أوباما | Barack Obama | أوباما; اوباما; Obama
abdel-fattah-el-sisi | عبد الفتاح السيسي | Abdel Fattah el-Sisi | السيسي; Sisi; el-Sisi; al-Sisi
abdullah-ii | الملك عبد الله الثاني | King Abdullah II | عبد الله الثاني; عبدالله الثاني; Abdullah II
recep-tayyip-erdogan | رجب طيب أردوغان | Recep Tayyip Erdoğan | أردوغان; اردوغان; Erdogan; Erdoğan
xi-jinping | شي جين بينغ | Xi Jinping | شي جين بينغ; شي جينبينغ; Xi Jinping
angela-merkel | أنجيلا ميركل | Angela Merkel | ميركل; Merkel
olaf-scholz | أولاف شولتس | Olaf Scholz | شولتس; شولتز; Scholz
boris-johnson | بوريس جونسون | Boris Johnson | بوريس جونسون; Boris Johnson
benjamin-netanyahu | بنيامين نتنياهو | Benjamin Netanyahu | نتنياهو; Netanyahu
mahmoud-abbas | محمود عباس | Mahmoud Abbas | محمود عباس; أبو مازن; أبومازن; Mahmoud Abbas; Abu Mazen
bashar-al-assad | بشار الأسد | Bashar al-Assad | بشار الأسد; Bashar al-Assad; Assad
ali-khamenei | علي خامنئي | Ali Khamenei | خامنئي; Khamenei
tamim-bin-hamad | تميم بن حمد آل ثاني | Tamim bin Hamad Al Thani | تميم بن حمد; Tamim bin Hamad
mohamed-bin-zayed | محمد بن زايد | Mohamed bin Zayed | محمد بن زايد; Mohamed bin Zayed
mohammed-vi | الملك محمد السادس | King Mohammed VI | محمد السادس; Mohammed VI
george-w-bush | جورج بوش | George W. Bush | بوش; Bush
tony-blair | توني بلير | Tony Blair | بلير; Blair
jacques-chirac | جاك شيراك | Jacques Chirac | شيراك; Chirac
kofi-annan | كوفي عنان | Kofi Annan | كوفي عنان; كوفي أنان; أنان; Kofi Annan; Annan
hosni-mubarak | حسني مبارك | Hosni Mubarak | حسني مبارك; Mubarak
saddam-hussein | صدام حسين | Saddam Hussein | صدام حسين; Saddam Hussein
ronald-reagan | رونالد ريغان | Ronald Reagan | ريغان; Reagan
james-baker | جيمس بيكر | James Baker | James Baker; Baker
paul-volcker | بول فولكر | Paul Volcker | Volcker
mikhail-gorbachev | ميخائيل غورباتشوف | Mikhail Gorbachev | غورباتشوف; Gorbachev
margaret-thatcher | مارغريت تاتشر | Margaret Thatcher | تاتشر; Thatcher
helmut-kohl | هلموت كول | Helmut Kohl | Kohl
yasser-arafat | ياسر عرفات | Yasser Arafat | عرفات; Arafat
bill-clinton | بيل كلينتون | Bill Clinton | كلينتون; Clinton
hillary-clinton | هيلاري كلينتون | Hillary Clinton | هيلاري كلينتون; هيلاري; Hillary Clinton
dick-cheney | ديك تشيني | Dick Cheney | تشيني; Cheney
donald-rumsfeld | دونالد رامسفيلد | Donald Rumsfeld | رامسفيلد; Rumsfeld
condoleezza-rice | كوندوليزا رايس | Condoleezza Rice | كوندوليزا رايس; كونداليزا رايس; كوندليزا رايس; كوندوليزا
colin-powell | كولن باول | Colin Powell | كولن باول; كولين باول; Colin Powell
robert-gates | روبرت غيتس | Robert Gates | روبرت غيتس; روبرت جيتس; Robert Gates
john-kerry | جون كيري | John Kerry | جون كيري; John Kerry
mike-pompeo | مايك بومبيو | Mike Pompeo | بومبيو; Pompeo
antony-blinken | أنتوني بلينكن | Antony Blinken | بلينكن; Blinken
jimmy-carter | جيمي كارتر | Jimmy Carter | جيمي كارتر; Jimmy Carter
richard-nixon | ريتشارد نيكسون | Richard Nixon | نيكسون; Nixon
john-f-kennedy | جون كينيدي | John F. Kennedy | جون كينيدي; جون كنيدي; John Kennedy; John F. Kennedy
kamala-harris | كامالا هاريس | Kamala Harris | كامالا هاريس; Kamala Harris
nancy-pelosi | نانسي بيلوسي | Nancy Pelosi | بيلوسي; Pelosi
john-mccain | جون ماكين | John McCain | ماكين; McCain
henry-kissinger | هنري كيسنجر | Henry Kissinger | كيسنجر; كيسينجر; Kissinger
zalmay-khalilzad | زلماي خليل زاد | Zalmay Khalilzad | زلماي خليل زاد; زلماي خليلزاد; Khalilzad
paul-bremer | بول بريمر | Paul Bremer | بريمر; Bremer
david-petraeus | ديفيد بترايوس | David Petraeus | بترايوس; Petraeus
john-bolton | جون بولتون | John Bolton | بولتون; Bolton
abraham-lincoln | أبراهام لينكولن | Abraham Lincoln | لينكولن; لينكولن; Lincoln
martin-luther-king | مارتن لوثر كينغ | Martin Luther King | مارتن لوثر كينغ; مارتن لوثر كنغ; Martin Luther King
alan-greenspan | آلان غرينسبان | Alan Greenspan | غرينسبان; جرينسبان; Greenspan
ben-bernanke | بن برنانكي | Ben Bernanke | برنانكي; Bernanke
bill-gates | بيل غيتس | Bill Gates | بيل غيتس; بيل جيتس; Bill Gates
steve-jobs | ستيف جوبز | Steve Jobs | ستيف جوبز; ستيف جوبس; Steve Jobs
warren-buffett | وارن بافيت | Warren Buffett | وارن بافيت; Warren Buffett
ban-ki-moon | بان كي مون | Ban Ki-moon | بان كي مون; بان كيمون; Ban Ki-moon
boutros-boutros-ghali | بطرس بطرس غالي | Boutros Boutros-Ghali | بطرس غالي; بطرس بطرس غالي; Boutros-Ghali
mohamed-elbaradei | محمد البرادعي | Mohamed ElBaradei | البرادعي; ElBaradei
javier-solana | خافيير سولانا | Javier Solana | سولانا; Solana
terje-roed-larsen | تيري رود لارسن | Terje Rød-Larsen | رود لارسن; تيري رود لارسن; Roed-Larsen
amr-moussa | عمرو موسى | Amr Moussa | عمرو موسى; Amr Moussa
ahmed-aboul-gheit | أحمد أبو الغيط | Ahmed Aboul Gheit | أبو الغيط; احمد ابو الغيط; Aboul Gheit
sepp-blatter | جوزيف بلاتر | Sepp Blatter | بلاتر; Blatter
michel-platini | ميشيل بلاتيني | Michel Platini | بلاتيني; Platini
gordon-brown | غوردون براون | Gordon Brown | غوردون براون; جوردون براون; Gordon Brown
david-cameron | ديفيد كاميرون | David Cameron | كاميرون; Cameron
theresa-may | تيريزا ماي | Theresa May | تيريزا ماي; Theresa May
nicolas-sarkozy | نيكولا ساركوزي | Nicolas Sarkozy | ساركوزي; Sarkozy
francois-hollande | فرانسوا هولاند | François Hollande | فرانسوا هولاند; Hollande
gerhard-schroeder | غيرهارد شرودر | Gerhard Schröder | شرودر; Schröder; Schroeder
silvio-berlusconi | سيلفيو برلوسكوني | Silvio Berlusconi | برلوسكوني; برلسكوني; بيرلسكوني; Berlusconi
romano-prodi | رومانو برودي | Romano Prodi | برودي; Prodi
jose-luis-zapatero | خوسيه لويس ثاباتيرو | José Luis Rodríguez Zapatero | ثاباتيرو; زاباتيرو; Zapatero
jose-maria-aznar | خوسيه ماريا أثنار | José María Aznar | أثنار; ازنار; Aznar
jose-manuel-barroso | جوزيه مانويل باروسو | José Manuel Barroso | باروسو; Barroso
dmitry-medvedev | ديمتري ميدفيديف | Dmitry Medvedev | ميدفيديف; مدفيديف; Medvedev
sergey-lavrov | سيرغي لافروف | Sergey Lavrov | لافروف; Lavrov
boris-yeltsin | بوريس يلتسين | Boris Yeltsin | يلتسين; Yeltsin
alexander-lukashenko | ألكسندر لوكاشينكو | Alexander Lukashenko | لوكاشينكو; لوكاشنكو; Lukashenko
pope-benedict-xvi | البابا بنديكت السادس عشر | Pope Benedict XVI | بنديكت السادس عشر; بنديكتوس السادس عشر; بنديكت; بنديكتوس; Benedict XVI
pope-john-paul-ii | البابا يوحنا بولس الثاني | Pope John Paul II | يوحنا بولس الثاني; John Paul II
pope-francis | البابا فرنسيس | Pope Francis | البابا فرنسيس; Pope Francis
ehud-olmert | إيهود أولمرت | Ehud Olmert | أولمرت; Olmert
ariel-sharon | أرييل شارون | Ariel Sharon | أرييل شارون; ارييل شارون; Ariel Sharon
shimon-peres | شمعون بيريز | Shimon Peres | بيريز; بيريس; Peres
ehud-barak | إيهود باراك | Ehud Barak | إيهود باراك; Ehud Barak
tzipi-livni | تسيبي ليفني | Tzipi Livni | ليفني; Livni
amir-peretz | عمير بيرتس | Amir Peretz | بيرتس; بيريتس; Peretz
dan-halutz | دان حالوتس | Dan Halutz | حالوتس; Halutz
yitzhak-rabin | إسحاق رابين | Yitzhak Rabin | رابين; Rabin
avigdor-lieberman | أفيغدور ليبرمان | Avigdor Lieberman | ليبرمان; Lieberman
naftali-bennett | نفتالي بينيت | Naftali Bennett | نفتالي بينيت; Naftali Bennett
yair-lapid | يائير لابيد | Yair Lapid | لابيد; Lapid
moshe-katsav | موشيه كتساف | Moshe Katsav | كتساف; Katsav
ismail-haniyeh | إسماعيل هنية | Ismail Haniyeh | هنية; Haniyeh
khaled-meshaal | خالد مشعل | Khaled Meshaal | خالد مشعل; Khaled Meshaal; Khaled Mashal
ahmed-yassin | الشيخ أحمد ياسين | Ahmed Yassin | أحمد ياسين; Ahmed Yassin
marwan-barghouti | مروان البرغوثي | Marwan Barghouti | مروان البرغوثي; Marwan Barghouti
mohammed-dahlan | محمد دحلان | Mohammed Dahlan | دحلان; Dahlan
saeb-erekat | صائب عريقات | Saeb Erekat | عريقات; Erekat
salam-fayyad | سلام فياض | Salam Fayyad | سلام فياض; Salam Fayyad
ahmed-qurei | أحمد قريع | Ahmed Qurei | قريع; Qurei
yahya-sinwar | يحيى السنوار | Yahya Sinwar | السنوار; Sinwar
mahmoud-zahar | محمود الزهار | Mahmoud al-Zahar | محمود الزهار; Mahmoud Zahar
rafik-hariri | رفيق الحريري | Rafic Hariri | رفيق الحريري; Rafic Hariri; Rafik Hariri
saad-hariri | سعد الحريري | Saad Hariri | سعد الحريري; Saad Hariri
fouad-siniora | فؤاد السنيورة | Fouad Siniora | السنيورة; Siniora
hassan-nasrallah | حسن نصر الله | Hassan Nasrallah | حسن نصر الله; حسن نصرالله; نصرالله; نصر الله; Nasrallah
nabih-berri | نبيه بري | Nabih Berri | نبيه بري; Nabih Berri
emile-lahoud | إميل لحود | Émile Lahoud | لحود; Lahoud
walid-jumblatt | وليد جنبلاط | Walid Jumblatt | جنبلاط; Jumblatt
michel-aoun | ميشال عون | Michel Aoun | ميشال عون; ميشيل عون; Michel Aoun
samir-geagea | سمير جعجع | Samir Geagea | جعجع; Geagea
amine-gemayel | أمين الجميل | Amine Gemayel | أمين الجميل; Amine Gemayel
pierre-gemayel | بيار الجميل | Pierre Gemayel | بيار الجميل; Pierre Gemayel
najib-mikati | نجيب ميقاتي | Najib Mikati | ميقاتي; Mikati
michel-suleiman | ميشال سليمان | Michel Suleiman | ميشال سليمان; Michel Suleiman
hafez-al-assad | حافظ الأسد | Hafez al-Assad | حافظ الأسد; Hafez al-Assad
farouk-al-sharaa | فاروق الشرع | Farouk al-Sharaa | فاروق الشرع; Farouk al-Sharaa
walid-muallem | وليد المعلم | Walid Muallem | وليد المعلم; Walid Muallem
abdul-halim-khaddam | عبد الحليم خدام | Abdul Halim Khaddam | عبد الحليم خدام; Khaddam
nouri-al-maliki | نوري المالكي | Nouri al-Maliki | نوري المالكي; Nouri al-Maliki
jalal-talabani | جلال طالباني | Jalal Talabani | طالباني; الطالباني; Talabani
ibrahim-al-jaafari | إبراهيم الجعفري | Ibrahim al-Jaafari | إبراهيم الجعفري; Jaafari
ayad-allawi | إياد علاوي | Ayad Allawi | علاوي; Allawi
moqtada-al-sadr | مقتدى الصدر | Muqtada al-Sadr | مقتدى الصدر; مقتدى; Muqtada al-Sadr; Moqtada al-Sadr
ali-al-sistani | علي السيستاني | Ali al-Sistani | السيستاني; Sistani
masoud-barzani | مسعود بارزاني | Masoud Barzani | بارزاني; البارزاني; Barzani
hoshyar-zebari | هوشيار زيباري | Hoshyar Zebari | زيباري; Zebari
tariq-al-hashimi | طارق الهاشمي | Tariq al-Hashimi | طارق الهاشمي; Tariq al-Hashimi
abu-musab-al-zarqawi | أبو مصعب الزرقاوي | Abu Musab al-Zarqawi | الزرقاوي; Zarqawi
haider-al-abadi | حيدر العبادي | Haider al-Abadi | حيدر العبادي; Haider al-Abadi
abu-bakr-al-baghdadi | أبو بكر البغدادي | Abu Bakr al-Baghdadi | أبو بكر البغدادي; Baghdadi
tariq-aziz | طارق عزيز | Tariq Aziz | طارق عزيز; Tariq Aziz
mahmoud-ahmadinejad | محمود أحمدي نجاد | Mahmoud Ahmadinejad | أحمدي نجاد; أحمدي نجاد; احمدي نجاد; Ahmadinejad
mohammad-khatami | محمد خاتمي | Mohammad Khatami | خاتمي; Khatami
akbar-hashemi-rafsanjani | أكبر هاشمي رفسنجاني | Akbar Hashemi Rafsanjani | رفسنجاني; Rafsanjani
ali-larijani | علي لاريجاني | Ali Larijani | لاريجاني; Larijani
manouchehr-mottaki | منوشهر متكي | Manouchehr Mottaki | متكي; Mottaki
ruhollah-khomeini | روح الله الخميني | Ruhollah Khomeini | الخميني; Khomeini
hassan-rouhani | حسن روحاني | Hassan Rouhani | حسن روحاني; Rouhani
javad-zarif | محمد جواد ظريف | Mohammad Javad Zarif | جواد ظريف; Zarif
ebrahim-raisi | إبراهيم رئيسي | Ebrahim Raisi | إبراهيم رئيسي; Raisi
qasem-soleimani | قاسم سليماني | Qasem Soleimani | قاسم سليماني; Soleimani
gamal-mubarak | جمال مبارك | Gamal Mubarak | جمال مبارك; Gamal Mubarak
suzanne-mubarak | سوزان مبارك | Suzanne Mubarak | سوزان مبارك; Suzanne Mubarak
anwar-sadat | أنور السادات | Anwar Sadat | السادات; Sadat
gamal-abdel-nasser | جمال عبد الناصر | Gamal Abdel Nasser | جمال عبد الناصر; جمال عبدالناصر
mohamed-morsi | محمد مرسي | Mohamed Morsi | محمد مرسي; Morsi
omar-suleiman | عمر سليمان | Omar Suleiman | عمر سليمان; Omar Suleiman
ahmed-nazif | أحمد نظيف | Ahmed Nazif | أحمد نظيف; Ahmed Nazif
naguib-mahfouz | نجيب محفوظ | Naguib Mahfouz | نجيب محفوظ; Naguib Mahfouz
umm-kulthum | أم كلثوم | Umm Kulthum | أم كلثوم; Umm Kulthum; Oum Kalthoum
abdel-halim-hafez | عبد الحليم حافظ | Abdel Halim Hafez | عبد الحليم حافظ; Abdel Halim Hafez
adel-emam | عادل إمام | Adel Emam | عادل إمام; Adel Emam; Adel Imam
omar-sharif | عمر الشريف | Omar Sharif | عمر الشريف; Omar Sharif
ahmed-zewail | أحمد زويل | Ahmed Zewail | زويل; Zewail
mohamed-aboutrika | محمد أبو تريكة | Mohamed Aboutrika | أبو تريكة; أبوتريكة; Aboutrika
mohamed-salah | محمد صلاح | Mohamed Salah | محمد صلاح; Mohamed Salah
hassan-shehata | حسن شحاتة | Hassan Shehata | حسن شحاتة; Hassan Shehata
yusuf-al-qaradawi | يوسف القرضاوي | Yusuf al-Qaradawi | القرضاوي; Qaradawi
muhammad-sayyid-tantawy | محمد سيد طنطاوي | Muhammad Sayyid Tantawy | محمد سيد طنطاوي; Tantawy
ayman-al-zawahiri | أيمن الظواهري | Ayman al-Zawahiri | الظواهري; Zawahiri
osama-bin-laden | أسامة بن لادن | Osama bin Laden | أسامة بن لادن; بن لادن; Osama bin Laden; Bin Laden
taha-hussein | طه حسين | Taha Hussein | طه حسين; Taha Hussein
tawfiq-al-hakim | توفيق الحكيم | Tawfiq al-Hakim | توفيق الحكيم; Tawfiq al-Hakim
abdullah-bin-abdulaziz | الملك عبد الله بن عبد العزيز | King Abdullah bin Abdulaziz | عبد الله بن عبد العزيز; عبدالله بن عبدالعزيز; عبد الله بن عبدالعزيز; Abdullah bin Abdulaziz
fahd-bin-abdulaziz | الملك فهد بن عبد العزيز | King Fahd | فهد بن عبد العزيز; فهد بن عبدالعزيز; King Fahd
saud-al-faisal | سعود الفيصل | Saud al-Faisal | سعود الفيصل; Saud al-Faisal
sultan-bin-abdulaziz | سلطان بن عبد العزيز | Sultan bin Abdulaziz | سلطان بن عبد العزيز; سلطان بن عبدالعزيز; Sultan bin Abdulaziz
nayef-bin-abdulaziz | نايف بن عبد العزيز | Nayef bin Abdulaziz | نايف بن عبد العزيز; نايف بن عبدالعزيز; Nayef bin Abdulaziz
bandar-bin-sultan | بندر بن سلطان | Bandar bin Sultan | بندر بن سلطان; Bandar bin Sultan
turki-al-faisal | تركي الفيصل | Turki al-Faisal | تركي الفيصل; Turki al-Faisal
hamad-bin-khalifa | حمد بن خليفة آل ثاني | Hamad bin Khalifa Al Thani | حمد بن خليفة; Hamad bin Khalifa
hamad-bin-jassim | حمد بن جاسم آل ثاني | Hamad bin Jassim Al Thani | حمد بن جاسم; Hamad bin Jassim
zayed-bin-sultan | زايد بن سلطان آل نهيان | Zayed bin Sultan Al Nahyan | زايد بن سلطان; Sheikh Zayed
khalifa-bin-zayed | خليفة بن زايد آل نهيان | Khalifa bin Zayed Al Nahyan | خليفة بن زايد; Khalifa bin Zayed
mohammed-bin-rashid | محمد بن راشد آل مكتوم | Mohammed bin Rashid Al Maktoum | محمد بن راشد; Mohammed bin Rashid
abdullah-bin-zayed | عبد الله بن زايد | Abdullah bin Zayed | عبد الله بن زايد; عبدالله بن زايد; Abdullah bin Zayed
hamad-bin-isa | حمد بن عيسى آل خليفة | Hamad bin Isa Al Khalifa | حمد بن عيسى; Hamad bin Isa
qaboos-bin-said | السلطان قابوس بن سعيد | Sultan Qaboos bin Said | قابوس بن سعيد; قابوس; Qaboos
sabah-al-ahmad | صباح الأحمد الجابر الصباح | Sabah Al-Ahmad Al-Jaber Al-Sabah | صباح الأحمد; Sabah al-Ahmad
jaber-al-ahmad | جابر الأحمد الصباح | Jaber Al-Ahmad Al-Sabah | جابر الأحمد; Jaber al-Ahmad
ali-abdullah-saleh | علي عبد الله صالح | Ali Abdullah Saleh | علي عبد الله صالح; علي عبدالله صالح; Ali Abdullah Saleh
abdrabbuh-mansur-hadi | عبد ربه منصور هادي | Abdrabbuh Mansur Hadi | عبد ربه منصور هادي; عبدربه منصور هادي
abdul-malik-al-houthi | عبد الملك الحوثي | Abdul-Malik al-Houthi | عبد الملك الحوثي; Abdul-Malik al-Houthi
hussein-bin-talal | الملك حسين بن طلال | King Hussein of Jordan | الحسين بن طلال; حسين بن طلال; King Hussein
queen-rania | الملكة رانيا العبد الله | Queen Rania | الملكة رانيا; رانيا العبد الله; Queen Rania
muammar-gaddafi | معمر القذافي | Muammar Gaddafi | القذافي; Gaddafi; Qaddafi; Kadhafi
zine-el-abidine-ben-ali | زين العابدين بن علي | Zine El Abidine Ben Ali | زين العابدين بن علي; Ben Ali
habib-bourguiba | الحبيب بورقيبة | Habib Bourguiba | بورقيبة; Bourguiba
abdelaziz-bouteflika | عبد العزيز بوتفليقة | Abdelaziz Bouteflika | بوتفليقة; Bouteflika
hassan-ii | الملك الحسن الثاني | King Hassan II | الحسن الثاني; Hassan II
omar-al-bashir | عمر البشير | Omar al-Bashir | عمر البشير; عمر حسن البشير; عمر حسن أحمد البشير; Omar al-Bashir
hassan-al-turabi | حسن الترابي | Hassan al-Turabi | حسن الترابي; Turabi
salva-kiir | سلفا كير | Salva Kiir | سلفا كير; سلفاكير; Salva Kiir
hamid-karzai | حامد كرزاي | Hamid Karzai | كرزاي; Karzai
pervez-musharraf | برويز مشرف | Pervez Musharraf | برويز مشرف; Musharraf
benazir-bhutto | بينظير بوتو | Benazir Bhutto | بوتو; Bhutto
mullah-omar | الملا محمد عمر | Mullah Omar | الملا عمر; الملا محمد عمر; Mullah Omar
nawaz-sharif | نواز شريف | Nawaz Sharif | نواز شريف; Nawaz Sharif
imran-khan | عمران خان | Imran Khan | عمران خان; Imran Khan
ashraf-ghani | أشرف غني | Ashraf Ghani | أشرف غني; Ashraf Ghani
hu-jintao | هو جين تاو | Hu Jintao | هو جين تاو; هو جينتاو; Hu Jintao
wen-jiabao | ون جيا باو | Wen Jiabao | ون جيا باو; ون جياباو; Wen Jiabao
kim-jong-il | كيم جونغ إيل | Kim Jong-il | كيم جونغ إيل; كيم جونغ ايل; كيم يونغ إيل; Kim Jong-il
kim-jong-un | كيم جونغ أون | Kim Jong-un | كيم جونغ أون; كيم جونغ اون; Kim Jong-un
junichiro-koizumi | جونيتشيرو كويزومي | Junichiro Koizumi | كويزومي; Koizumi
shinzo-abe | شينزو آبي | Shinzo Abe | شينزو آبي; Shinzo Abe
manmohan-singh | مانموهان سينغ | Manmohan Singh | مانموهان سينغ; مانموهان سينج; Manmohan Singh
narendra-modi | ناريندرا مودي | Narendra Modi | ناريندرا مودي; Narendra Modi; Modi
mahathir-mohamad | مهاتير محمد | Mahathir Mohamad | مهاتير محمد; مهاتير; Mahathir
hugo-chavez | هوغو شافيز | Hugo Chávez | شافيز; تشافيز; Chavez; Chávez
fidel-castro | فيدل كاسترو | Fidel Castro | فيدل كاسترو; Fidel Castro
raul-castro | راؤول كاسترو | Raúl Castro | راؤول كاسترو; راوول كاسترو; Raul Castro
lula-da-silva | لويس إيناسيو لولا دا سيلفا | Luiz Inácio Lula da Silva | لولا دا سيلفا; Lula
evo-morales | إيفو موراليس | Evo Morales | إيفو موراليس; Evo Morales
che-guevara | تشي غيفارا | Che Guevara | غيفارا; جيفارا; Guevara
nicolas-maduro | نيكولاس مادورو | Nicolás Maduro | مادورو; Maduro
nelson-mandela | نيلسون مانديلا | Nelson Mandela | مانديلا; Mandela
robert-mugabe | روبرت موغابي | Robert Mugabe | موغابي; موجابي; Mugabe
thabo-mbeki | ثابو مبيكي | Thabo Mbeki | مبيكي; Mbeki
alpha-oumar-konare | ألفا عمر كوناري | Alpha Oumar Konaré | كوناري; Konaré; Konare
ali-ibn-abi-talib | علي بن أبي طالب | Ali ibn Abi Talib | علي بن أبي طالب; علي بن ابي طالب; Ali ibn Abi Talib
umar-ibn-al-khattab | عمر بن الخطاب | Umar ibn al-Khattab | عمر بن الخطاب; Umar ibn al-Khattab
saladin | صلاح الدين الأيوبي | Saladin | صلاح الدين الأيوبي; Saladin
napoleon | نابليون بونابرت | Napoleon Bonaparte | نابليون; Napoleon; Napoléon
adolf-hitler | أدولف هتلر | Adolf Hitler | هتلر; Hitler
winston-churchill | ونستون تشرشل | Winston Churchill | تشرشل; Churchill
joseph-stalin | جوزيف ستالين | Joseph Stalin | ستالين; Stalin
karl-marx | كارل ماركس | Karl Marx | كارل ماركس; Karl Marx
vladimir-lenin | فلاديمير لينين | Vladimir Lenin | لينين; Lenin
mao-zedong | ماو تسي تونغ | Mao Zedong | ماو تسي تونغ; ماو تسي تونج; Mao Zedong; Mao Tse-tung
mahatma-gandhi | المهاتما غاندي | Mahatma Gandhi | غاندي; Gandhi
albert-einstein | ألبرت أينشتاين | Albert Einstein | أينشتاين; آينشتاين; اينشتين; أينشتين; Einstein
isaac-newton | إسحاق نيوتن | Isaac Newton | إسحاق نيوتن; اسحق نيوتن; Newton
charles-darwin | تشارلز داروين | Charles Darwin | داروين; Darwin
sigmund-freud | سيغموند فرويد | Sigmund Freud | فرويد; Freud
william-shakespeare | وليام شكسبير | William Shakespeare | شكسبير; Shakespeare
leonardo-da-vinci | ليوناردو دافنشي | Leonardo da Vinci | دافنشي; دا فينشي; da Vinci
ludwig-van-beethoven | لودفيغ فان بيتهوفن | Ludwig van Beethoven | بيتهوفن; Beethoven
wolfgang-amadeus-mozart | فولفغانغ أماديوس موتسارت | Wolfgang Amadeus Mozart | موتسارت; موزارت; Mozart
ibn-khaldun | ابن خلدون | Ibn Khaldun | ابن خلدون; Ibn Khaldun
ibn-sina | ابن سينا | Avicenna | ابن سينا; Avicenna; Ibn Sina
ibn-rushd | ابن رشد | Averroes | ابن رشد; Averroes; Ibn Rushd
al-mutanabbi | المتنبي | al-Mutanabbi | المتنبي; Mutanabbi
nizar-qabbani | نزار قباني | Nizar Qabbani | قباني; Qabbani
mahmoud-darwish | محمود درويش | Mahmoud Darwish | محمود درويش; Mahmoud Darwish
gibran-khalil-gibran | جبران خليل جبران | Kahlil Gibran | جبران خليل جبران; Gibran
zinedine-zidane | زين الدين زيدان | Zinedine Zidane | زين الدين زيدان; Zidane
cristiano-ronaldo | كريستيانو رونالدو | Cristiano Ronaldo | كريستيانو رونالدو; Cristiano Ronaldo
ronaldinho | رونالدينيو | Ronaldinho | رونالدينيو; رونالدينهو; Ronaldinho
lionel-messi | ليونيل ميسي | Lionel Messi | ميسي; Messi
david-beckham | ديفيد بيكهام | David Beckham | بيكهام; Beckham
thierry-henry | تييري هنري | Thierry Henry | تييري هنري; Thierry Henry
didier-drogba | ديدييه دروغبا | Didier Drogba | دروغبا; دروجبا; Drogba
samuel-etoo | صامويل إيتو | Samuel Eto'o | صامويل إيتو; Eto'o
kaka | كاكا | Kaká | كاكا; Kaka; Kaká
cafu | كافو | Cafu | كافو; Cafu
jose-mourinho | جوزيه مورينيو | José Mourinho | مورينيو; Mourinho
alex-ferguson | أليكس فيرغسون | Alex Ferguson | فيرغسون; فيرجسون; Ferguson
arsene-wenger | أرسين فينغر | Arsène Wenger | فينغر; فينجر; Wenger
fabio-capello | فابيو كابيلو | Fabio Capello | كابيلو; Capello
carlos-alberto-parreira | كارلوس ألبرتو باريرا | Carlos Alberto Parreira | باريرا; Parreira
frank-rijkaard | فرانك ريكارد | Frank Rijkaard | ريكارد; Rijkaard
luis-figo | لويس فيغو | Luís Figo | فيغو; فيجو; Figo
roger-federer | روجيه فيدرر | Roger Federer | فيدرر; Federer
rafael-nadal | رافاييل نادال | Rafael Nadal | نادال; Nadal
maria-sharapova | ماريا شارابوفا | Maria Sharapova | شارابوفا; Sharapova
michael-schumacher | مايكل شوماخر | Michael Schumacher | شوماخر; Schumacher
tiger-woods | تايغر وودز | Tiger Woods | تايغر وودز; تايجر وودز; Tiger Woods
hicham-el-guerrouj | هشام الكروج | Hicham El Guerrouj | الكروج; El Guerrouj
muhammad-ali | محمد علي كلاي | Muhammad Ali | محمد علي كلاي; Muhammad Ali
michael-jackson | مايكل جاكسون | Michael Jackson | مايكل جاكسون; Michael Jackson
tom-cruise | توم كروز | Tom Cruise | توم كروز; Tom Cruise
abu-bakr | أبو بكر الصديق | Abu Bakr | أبو بكر الصديق; Abu Bakr
uthman-ibn-affan | عثمان بن عفان | Uthman ibn Affan | عثمان بن عفان; Uthman ibn Affan
muawiya | معاوية بن أبي سفيان | Muawiya I | معاوية بن أبي سفيان; Muawiya
harun-al-rashid | هارون الرشيد | Harun al-Rashid | هارون الرشيد; Harun al-Rashid
husayn-ibn-ali | الحسين بن علي | Husayn ibn Ali | الحسين بن علي; Husayn ibn Ali
hasan-ibn-ali | الحسن بن علي | Hasan ibn Ali | الحسن بن علي; Hasan ibn Ali
jafar-al-sadiq | جعفر الصادق | Ja'far al-Sadiq | جعفر الصادق; Ja'far al-Sadiq
ali-al-rida | علي بن موسى الرضا | Ali al-Rida | علي بن موسى الرضا; Ali al-Rida
khalid-ibn-al-walid | خالد بن الوليد | Khalid ibn al-Walid | خالد بن الوليد; Khalid ibn al-Walid
tariq-ibn-ziyad | طارق بن زياد | Tariq ibn Ziyad | طارق بن زياد; Tariq ibn Ziyad
al-farabi | الفارابي | al-Farabi | الفارابي; al-Farabi
al-ghazali | أبو حامد الغزالي | al-Ghazali | الغزالي; al-Ghazali
ibn-taymiyyah | ابن تيمية | Ibn Taymiyyah | ابن تيمية; Ibn Taymiyyah
ibn-battuta | ابن بطوطة | Ibn Battuta | ابن بطوطة; Ibn Battuta
al-khwarizmi | الخوارزمي | al-Khwarizmi | الخوارزمي; al-Khwarizmi
hassan-al-banna | حسن البنا | Hassan al-Banna | حسن البنا; Hassan al-Banna
sayyid-qutb | سيد قطب | Sayyid Qutb | سيد قطب; Sayyid Qutb
abbas-al-aqqad | عباس محمود العقاد | Abbas al-Aqqad | عباس محمود العقاد; العقاد; al-Aqqad
ahmed-shawqi | أحمد شوقي | Ahmed Shawqi | أحمد شوقي; Ahmed Shawqi
hafez-ibrahim | حافظ إبراهيم | Hafez Ibrahim | حافظ إبراهيم; Hafez Ibrahim
badr-shakir-al-sayyab | بدر شاكر السياب | Badr Shakir al-Sayyab | بدر شاكر السياب; السياب; al-Sayyab
adonis | أدونيس | Adonis | أدونيس; Adonis
tayeb-salih | الطيب صالح | Tayeb Salih | الطيب صالح; Tayeb Salih
yusuf-idris | يوسف إدريس | Yusuf Idris | يوسف إدريس; Yusuf Idris
ihsan-abdel-quddous | إحسان عبد القدوس | Ihsan Abdel Quddous | إحسان عبد القدوس; Ihsan Abdel Quddous
ghassan-kanafani | غسان كنفاني | Ghassan Kanafani | غسان كنفاني; كنفاني; Kanafani
edward-said | إدوارد سعيد | Edward Said | إدوارد سعيد; Edward Said
alaa-al-aswany | علاء الأسواني | Alaa Al Aswany | علاء الأسواني; الأسواني; Al Aswany
nawal-el-saadawi | نوال السعداوي | Nawal El Saadawi | نوال السعداوي; Nawal El Saadawi
wadih-el-safi | وديع الصافي | Wadih El Safi | وديع الصافي; Wadih El Safi
sabah-fakhri | صباح فخري | Sabah Fakhri | صباح فخري; Sabah Fakhri
warda | وردة الجزائرية | Warda Al-Jazairia | وردة الجزائرية; Warda
kadim-al-sahir | كاظم الساهر | Kadim Al Sahir | كاظم الساهر; Kadim Al Sahir
amr-diab | عمرو دياب | Amr Diab | عمرو دياب; Amr Diab
nancy-ajram | نانسي عجرم | Nancy Ajram | نانسي عجرم; عجرم; Nancy Ajram
haifa-wehbe | هيفاء وهبي | Haifa Wehbe | هيفاء وهبي; Haifa Wehbe
elissa | إليسا | Elissa | إليسا; Elissa
marcel-khalife | مارسيل خليفة | Marcel Khalife | مارسيل خليفة; Marcel Khalife
ziad-rahbani | زياد الرحباني | Ziad Rahbani | زياد الرحباني; Ziad Rahbani
faten-hamama | فاتن حمامة | Faten Hamama | فاتن حمامة; Faten Hamama
youssef-chahine | يوسف شاهين | Youssef Chahine | يوسف شاهين; Youssef Chahine
soad-hosny | سعاد حسني | Soad Hosny | سعاد حسني; Soad Hosny
nour-el-sherif | نور الشريف | Nour El-Sherif | نور الشريف; Nour El-Sherif
ahmed-zaki | أحمد زكي | Ahmed Zaki | أحمد زكي; Ahmed Zaki
duraid-lahham | دريد لحام | Duraid Lahham | دريد لحام; Duraid Lahham
mohamed-heikal | محمد حسنين هيكل | Mohamed Hassanein Heikal | محمد حسنين هيكل; حسنين هيكل; Heikal
ahmed-fouad-negm | أحمد فؤاد نجم | Ahmed Fouad Negm | أحمد فؤاد نجم; Ahmed Fouad Negm
ahmed-shafik | أحمد شفيق | Ahmed Shafik | أحمد شفيق; Ahmed Shafik
mohamed-tantawi | محمد حسين طنطاوي | Mohamed Hussein Tantawi | محمد حسين طنطاوي; Hussein Tantawi
hamdeen-sabahi | حمدين صباحي | Hamdeen Sabahi | حمدين صباحي; Hamdeen Sabahi
mohammed-badie | محمد بديع | Mohammed Badie | محمد بديع; Mohammed Badie
khairat-el-shater | خيرت الشاطر | Khairat el-Shater | خيرت الشاطر; Khairat el-Shater
ahmed-ali-al-mirghani | محمد عثمان الميرغني | Mohammed Osman al-Mirghani | الميرغني; al-Mirghani
sadiq-al-mahdi | الصادق المهدي | Sadiq al-Mahdi | الصادق المهدي; Sadiq al-Mahdi
john-garang | جون قرنق | John Garang | جون قرنق; قرنق; Garang
idriss-deby | إدريس ديبي | Idriss Déby | إدريس ديبي; ديبي; Déby
beji-caid-essebsi | الباجي قائد السبسي | Beji Caid Essebsi | الباجي قائد السبسي; السبسي; Essebsi
kais-saied | قيس سعيد | Kais Saied | قيس سعيد; Kais Saied
rached-ghannouchi | راشد الغنوشي | Rached Ghannouchi | راشد الغنوشي; الغنوشي; Ghannouchi
moncef-marzouki | المنصف المرزوقي | Moncef Marzouki | المنصف المرزوقي; المرزوقي; Marzouki
abdelmadjid-tebboune | عبد المجيد تبون | Abdelmadjid Tebboune | عبد المجيد تبون; تبون; Tebboune
khalifa-haftar | خليفة حفتر | Khalifa Haftar | خليفة حفتر; حفتر; Haftar
fayez-al-sarraj | فايز السراج | Fayez al-Sarraj | فايز السراج; Fayez al-Sarraj
abbas-el-fassi | عباس الفاسي | Abbas El Fassi | عباس الفاسي; Abbas El Fassi
driss-jettou | إدريس جطو | Driss Jettou | إدريس جطو; جطو; Jettou
abdelilah-benkirane | عبد الإله بنكيران | Abdelilah Benkirane | عبد الإله بنكيران; بنكيران; Benkirane
mohamed-ould-abdel-aziz | محمد ولد عبد العزيز | Mohamed Ould Abdel Aziz | محمد ولد عبد العزيز; Mohamed Ould Abdel Aziz
ely-ould-mohamed-vall | اعل ولد محمد فال | Ely Ould Mohamed Vall | اعل ولد محمد فال; Ely Ould Mohamed Vall
sharif-sheikh-ahmed | شريف شيخ أحمد | Sharif Sheikh Ahmed | شريف شيخ أحمد; Sharif Sheikh Ahmed
abdullahi-yusuf | عبد الله يوسف أحمد | Abdullahi Yusuf Ahmed | عبد الله يوسف أحمد; Abdullahi Yusuf
meles-zenawi | ملس زيناوي | Meles Zenawi | ملس زيناوي; زيناوي; Zenawi
isaias-afwerki | أسياس أفورقي | Isaias Afwerki | أسياس أفورقي; أفورقي; Afwerki
ismail-omar-guelleh | إسماعيل عمر جيله | Ismaïl Omar Guelleh | إسماعيل عمر جيله; Guelleh
omar-abdullah-yemen | عبد الكريم الإرياني | Abdul Karim al-Iryani | عبد الكريم الإرياني; الإرياني; al-Iryani
naim-qassem | نعيم قاسم | Naim Qassem | نعيم قاسم; Naim Qassem
imad-mughniyeh | عماد مغنية | Imad Mughniyeh | عماد مغنية; Mughniyeh
suleiman-frangieh | سليمان فرنجية | Suleiman Frangieh | سليمان فرنجية; فرنجية; Frangieh
elias-murr | إلياس المر | Elias Murr | إلياس المر; Elias Murr
tammam-salam | تمام سلام | Tammam Salam | تمام سلام; Tammam Salam
gebran-tueni | جبران تويني | Gebran Tueni | جبران تويني; تويني; Tueni
musa-al-sadr | موسى الصدر | Musa al-Sadr | موسى الصدر; Musa al-Sadr
ammar-al-hakim | عمار الحكيم | Ammar al-Hakim | عمار الحكيم; Ammar al-Hakim
abdul-aziz-al-hakim | عبد العزيز الحكيم | Abdul Aziz al-Hakim | عبد العزيز الحكيم; Abdul Aziz al-Hakim
mohammed-baqir-al-hakim | محمد باقر الحكيم | Mohammed Baqir al-Hakim | محمد باقر الحكيم; Mohammed Baqir al-Hakim
harith-al-dhari | حارث الضاري | Harith al-Dhari | حارث الضاري; al-Dhari
ali-hassan-al-majid | علي حسن المجيد | Ali Hassan al-Majid | علي حسن المجيد; علي الكيماوي; Chemical Ali
uday-hussein | عدي صدام حسين | Uday Hussein | عدي صدام حسين; Uday Hussein
qusay-hussein | قصي صدام حسين | Qusay Hussein | قصي صدام حسين; Qusay Hussein
izzat-ibrahim-al-douri | عزة إبراهيم الدوري | Izzat Ibrahim al-Douri | عزة إبراهيم الدوري; عزت الدوري; al-Douri
mustafa-al-kadhimi | مصطفى الكاظمي | Mustafa al-Kadhimi | مصطفى الكاظمي; Mustafa al-Kadhimi
mohammed-shia-al-sudani | محمد شياع السوداني | Mohammed Shia al-Sudani | محمد شياع السوداني; Mohammed Shia al-Sudani
adil-abdul-mahdi | عادل عبد المهدي | Adil Abdul-Mahdi | عادل عبد المهدي; Adil Abdul-Mahdi
mahmoud-al-mashhadani | محمود المشهداني | Mahmoud al-Mashhadani | محمود المشهداني; المشهداني; al-Mashhadani
ahmed-chalabi | أحمد الجلبي | Ahmed Chalabi | أحمد الجلبي; الجلبي; Chalabi
ali-akbar-velayati | علي أكبر ولايتي | Ali Akbar Velayati | Velayati
ali-akbar-salehi | علي أكبر صالحي | Ali Akbar Salehi | علي أكبر صالحي; Ali Akbar Salehi
saeed-jalili | سعيد جليلي | Saeed Jalili | سعيد جليلي; Jalili
mir-hossein-mousavi | مير حسين موسوي | Mir-Hossein Mousavi | مير حسين موسوي; Mousavi
mehdi-karroubi | مهدي كروبي | Mehdi Karroubi | مهدي كروبي; كروبي; Karroubi
abdulla-gul | عبد الله غول | Abdullah Gül | عبد الله غول; عبد الله جول; Abdullah Gül
ahmet-davutoglu | أحمد داود أوغلو | Ahmet Davutoğlu | أحمد داود أوغلو; داود أوغلو; Davutoglu
ali-babacan | علي باباجان | Ali Babacan | علي باباجان; باباجان; Babacan
abdullah-ocalan | عبد الله أوجلان | Abdullah Öcalan | عبد الله أوجلان; أوجلان; Öcalan; Ocalan
fethullah-gulen | فتح الله غولن | Fethullah Gülen | فتح الله غولن; غولن; Gülen; Gulen
george-h-w-bush | جورج بوش الأب | George H. W. Bush | جورج بوش الأب; George H. W. Bush
al-gore | آل غور | Al Gore | آل غور; آل جور; Al Gore
rudy-giuliani | رودي جولياني | Rudy Giuliani | جولياني; Giuliani
mitt-romney | ميت رومني | Mitt Romney | رومني; Romney
joe-lieberman | جو ليبرمان | Joe Lieberman | جو ليبرمان; Joe Lieberman
arlen-specter | أرلن سبيكتر | Arlen Specter | سبيكتر; Specter
paul-wolfowitz | بول وولفويتز | Paul Wolfowitz | وولفويتز; Wolfowitz
richard-armitage | ريتشارد أرميتاج | Richard Armitage | أرميتاج; Armitage
david-welch | ديفيد ولش | David Welch | ديفيد ولش; David Welch
jeffrey-feltman | جيفري فيلتمان | Jeffrey Feltman | فيلتمان; Feltman
george-mitchell | جورج ميتشل | George Mitchell | جورج ميتشل; George Mitchell
dennis-ross | دنيس روس | Dennis Ross | دنيس روس; Dennis Ross
ryan-crocker | رايان كروكر | Ryan Crocker | كروكر; Crocker
zbigniew-brzezinski | زبيغنيو بريجينسكي | Zbigniew Brzezinski | بريجينسكي; Brzezinski
noam-chomsky | نعوم تشومسكي | Noam Chomsky | تشومسكي; شومسكي; Chomsky
oprah-winfrey | أوبرا وينفري | Oprah Winfrey | أوبرا وينفري; وينفري; Oprah Winfrey
hans-blix | هانس بليكس | Hans Blix | هانس بليكس; بليكس; Blix
jacques-rogge | جاك روغ | Jacques Rogge | جاك روغ; Jacques Rogge
juan-antonio-samaranch | خوان أنطونيو سامارانش | Juan Antonio Samaranch | سامارانش; Samaranch
diego-maradona | دييغو مارادونا | Diego Maradona | مارادونا; Maradona
pele | بيليه | Pelé | بيليه; Pelé; Pele
franz-beckenbauer | فرانتس بكنباور | Franz Beckenbauer | بكنباور; بيكنباور; Beckenbauer
johan-cruyff | يوهان كرويف | Johan Cruyff | كرويف; Cruyff
michael-ballack | مايكل بالاك | Michael Ballack | بالاك; Ballack
ruud-van-nistelrooy | رود فان نيستلروي | Ruud van Nistelrooy | نيستلروي; Van Nistelrooy
marco-van-basten | ماركو فان باستن | Marco van Basten | فان باستن; Van Basten
andriy-shevchenko | أندريه شيفتشينكو | Andriy Shevchenko | شيفتشينكو; Shevchenko
fabio-cannavaro | فابيو كانافارو | Fabio Cannavaro | كانافارو; Cannavaro
gianluigi-buffon | جانلويجي بوفون | Gianluigi Buffon | بوفون; Buffon
francesco-totti | فرانشيسكو توتي | Francesco Totti | توتي; Totti
andrea-pirlo | أندريا بيرلو | Andrea Pirlo | بيرلو; Pirlo
iker-casillas | إيكر كاسياس | Iker Casillas | كاسياس; Casillas
raul-gonzalez | راؤول غونزاليس | Raúl González | راؤول غونزاليس; Raúl
fernando-torres | فرناندو توريس | Fernando Torres | فرناندو توريس; Fernando Torres
wayne-rooney | واين روني | Wayne Rooney | واين روني; Wayne Rooney
steven-gerrard | ستيفن جيرارد | Steven Gerrard | Gerrard
frank-lampard | فرانك لامبارد | Frank Lampard | لامبارد; Lampard
michael-owen | مايكل أوين | Michael Owen | مايكل أوين; Michael Owen
zlatan-ibrahimovic | زلاتان إبراهيموفيتش | Zlatan Ibrahimović | إبراهيموفيتش; ابراهيموفيتش; Ibrahimovic
claude-makelele | كلود ماكيليلي | Claude Makélélé | ماكيليلي; Makelele
patrick-vieira | باتريك فييرا | Patrick Vieira | فييرا; Vieira
lilian-thuram | ليليان تورام | Lilian Thuram | تورام; Thuram
raymond-domenech | ريمون دومينيك | Raymond Domenech | Domenech
jurgen-klinsmann | يورغن كلينسمان | Jürgen Klinsmann | كلينسمان; Klinsmann
luiz-felipe-scolari | لويس فيليبي سكولاري | Luiz Felipe Scolari | سكولاري; Scolari
marcello-lippi | مارتشيلو ليبي | Marcello Lippi | Lippi
guus-hiddink | غوس هيدينك | Guus Hiddink | هيدينك; Hiddink
rafael-benitez | رافائيل بينيتيز | Rafael Benítez | بينيتيز; Benitez
pep-guardiola | بيب غوارديولا | Pep Guardiola | غوارديولا; Guardiola
jurgen-klopp | يورغن كلوب | Jürgen Klopp | Klopp
carlo-ancelotti | كارلو أنشيلوتي | Carlo Ancelotti | أنشيلوتي; Ancelotti
essam-el-hadary | عصام الحضري | Essam El Hadary | عصام الحضري; El Hadary
manuel-jose | مانويل جوزيه | Manuel José | مانويل جوزيه; Manuel José
sami-al-jaber | سامي الجابر | Sami Al-Jaber | سامي الجابر; Sami Al-Jaber
yasser-al-qahtani | ياسر القحطاني | Yasser Al-Qahtani | ياسر القحطاني; Yasser Al-Qahtani
riyad-mahrez | رياض محرز | Riyad Mahrez | رياض محرز; Mahrez
achraf-hakimi | أشرف حكيمي | Achraf Hakimi | أشرف حكيمي; Achraf Hakimi
muqrin-bin-abdulaziz | مقرن بن عبد العزيز | Muqrin bin Abdulaziz | مقرن بن عبد العزيز; مقرن بن عبدالعزيز; Muqrin bin Abdulaziz
mohammed-bin-nayef | محمد بن نايف | Mohammed bin Nayef | محمد بن نايف; Mohammed bin Nayef
alwaleed-bin-talal | الوليد بن طلال | Alwaleed bin Talal | الوليد بن طلال; Alwaleed bin Talal
adel-al-jubeir | عادل الجبير | Adel al-Jubeir | عادل الجبير; الجبير; al-Jubeir
faisal-bin-farhan | فيصل بن فرحان | Faisal bin Farhan | فيصل بن فرحان; Faisal bin Farhan
khalid-al-faisal | خالد الفيصل | Khalid al-Faisal | خالد الفيصل; Khalid al-Faisal
hamdan-bin-mohammed | حمدان بن محمد | Hamdan bin Mohammed | حمدان بن محمد; Hamdan bin Mohammed
maktoum-bin-rashid | مكتوم بن راشد آل مكتوم | Maktoum bin Rashid Al Maktoum | مكتوم بن راشد; Maktoum bin Rashid
mansour-bin-zayed | منصور بن زايد | Mansour bin Zayed | منصور بن زايد; Mansour bin Zayed
sultan-al-qasimi | سلطان بن محمد القاسمي | Sultan bin Muhammad Al-Qasimi | سلطان بن محمد القاسمي; Sultan Al Qasimi
haitham-bin-tariq | هيثم بن طارق | Haitham bin Tariq | هيثم بن طارق; Haitham bin Tariq
yusuf-bin-alawi | يوسف بن علوي | Yusuf bin Alawi | يوسف بن علوي; Yusuf bin Alawi
nawaf-al-ahmad | نواف الأحمد الجابر الصباح | Nawaf Al-Ahmad Al-Jaber Al-Sabah | نواف الأحمد; Nawaf al-Ahmad
mishal-al-ahmad | مشعل الأحمد الجابر الصباح | Mishal Al-Ahmad Al-Jaber Al-Sabah | مشعل الأحمد; Mishal al-Ahmad
nasser-al-mohammed | ناصر المحمد الأحمد الصباح | Nasser Al-Mohammed Al-Sabah | ناصر المحمد; Nasser al-Mohammed
khalifa-bin-salman | خليفة بن سلمان آل خليفة | Khalifa bin Salman Al Khalifa | خليفة بن سلمان; Khalifa bin Salman
salman-bin-hamad | سلمان بن حمد آل خليفة | Salman bin Hamad Al Khalifa | سلمان بن حمد; Salman bin Hamad
mohammed-bin-abdulrahman | محمد بن عبد الرحمن آل ثاني | Mohammed bin Abdulrahman Al Thani | محمد بن عبد الرحمن آل ثاني; Mohammed bin Abdulrahman Al Thani
sheikha-moza | الشيخة موزا بنت ناصر | Sheikha Moza bint Nasser | موزا بنت ناصر; الشيخة موزا; Sheikha Moza
hussein-bin-abdullah | الحسين بن عبد الله الثاني | Crown Prince Hussein of Jordan | الحسين بن عبد الله; Crown Prince Hussein
ayman-safadi | أيمن الصفدي | Ayman Safadi | أيمن الصفدي; Ayman Safadi
marouf-bakhit | معروف البخيت | Marouf al-Bakhit | معروف البخيت; Marouf al-Bakhit
abdelaziz-rantisi | عبد العزيز الرنتيسي | Abdel Aziz al-Rantisi | عبد العزيز الرنتيسي; الرنتيسي; Rantisi
mohammed-deif | محمد الضيف | Mohammed Deif | محمد الضيف; Mohammed Deif
nabil-shaath | نبيل شعث | Nabil Shaath | نبيل شعث; Nabil Shaath
hanan-ashrawi | حنان عشراوي | Hanan Ashrawi | حنان عشراوي; عشراوي; Ashrawi
azmi-bishara | عزمي بشارة | Azmi Bishara | عزمي بشارة; Azmi Bishara
aziz-duwaik | عزيز دويك | Aziz Duwaik | عزيز دويك; عزيز الدويك; الدويك; Duwaik
farouk-kaddoumi | فاروق القدومي | Farouk Kaddoumi | فاروق القدومي; القدومي; Kaddoumi
rami-hamdallah | رامي الحمد الله | Rami Hamdallah | رامي الحمد الله; Rami Hamdallah
mohammad-shtayyeh | محمد اشتية | Mohammad Shtayyeh | محمد اشتية; اشتية; Shtayyeh
jibril-rajoub | جبريل الرجوب | Jibril Rajoub | جبريل الرجوب; الرجوب; Rajoub
gilad-shalit | جلعاد شاليط | Gilad Shalit | جلعاد شاليط; شاليط; Shalit
silvan-shalom | سيلفان شالوم | Silvan Shalom | سيلفان شالوم; سلفان شالوم; Silvan Shalom
benny-gantz | بيني غانتس | Benny Gantz | غانتس; Gantz
isaac-herzog | إسحاق هرتسوغ | Isaac Herzog | هرتسوغ; Herzog
reuven-rivlin | رؤوفين ريفلين | Reuven Rivlin | ريفلين; Rivlin
shaul-mofaz | شاؤول موفاز | Shaul Mofaz | موفاز; Mofaz
dan-gillerman | دان غيلرمان | Dan Gillerman | غيلرمان; Gillerman
yoav-gallant | يوآف غالانت | Yoav Gallant | غالانت; Gallant
itamar-ben-gvir | إيتمار بن غفير | Itamar Ben-Gvir | بن غفير; Ben-Gvir
bezalel-smotrich | بتسلئيل سموتريتش | Bezalel Smotrich | سموتريتش; Smotrich
golda-meir | غولدا مائير | Golda Meir | غولدا مائير; Golda Meir
menachem-begin | مناحيم بيغن | Menachem Begin | مناحيم بيغن; بيغن; Begin
moshe-dayan | موشيه ديان | Moshe Dayan | موشيه ديان; Moshe Dayan
david-ben-gurion | ديفيد بن غوريون | David Ben-Gurion | بن غوريون; Ben-Gurion
theodor-herzl | تيودور هرتزل | Theodor Herzl | هرتزل; Herzl
arthur-balfour | آرثر بلفور | Arthur Balfour | بلفور; Balfour
ali-shamkhani | علي شمخاني | Ali Shamkhani | شمخاني; Shamkhani
hossein-amir-abdollahian | حسين أمير عبد اللهيان | Hossein Amir-Abdollahian | أمير عبد اللهيان; عبد اللهيان; Amir-Abdollahian
masoud-pezeshkian | مسعود بزشكيان | Masoud Pezeshkian | بزشكيان; Pezeshkian
abbas-araghchi | عباس عراقجي | Abbas Araghchi | عراقجي; Araghchi
mohsen-rezaee | محسن رضائي | Mohsen Rezaee | محسن رضائي; Mohsen Rezaee
mohammad-bagher-ghalibaf | محمد باقر قاليباف | Mohammad Bagher Ghalibaf | قاليباف; Ghalibaf
reza-pahlavi | محمد رضا بهلوي | Mohammad Reza Pahlavi | محمد رضا بهلوي; Shah of Iran
mohammad-mosaddegh | محمد مصدق | Mohammad Mosaddegh | محمد مصدق; Mosaddegh
bulent-ecevit | بولنت أجاويد | Bülent Ecevit | أجاويد; Ecevit
kemal-ataturk | مصطفى كمال أتاتورك | Mustafa Kemal Atatürk | أتاتورك; Atatürk; Ataturk
necmettin-erbakan | نجم الدين أربكان | Necmettin Erbakan | أربكان; Erbakan
kemal-kilicdaroglu | كمال كليجدار أوغلو | Kemal Kılıçdaroğlu | كليجدار أوغلو; Kilicdaroglu
hakan-fidan | هاكان فيدان | Hakan Fidan | هاكان فيدان; Hakan Fidan
mevlut-cavusoglu | مولود جاويش أوغلو | Mevlüt Çavuşoğlu | جاويش أوغلو; Cavusoglu
yusuf-raza-gilani | يوسف رضا جيلاني | Yousaf Raza Gillani | يوسف رضا جيلاني; Gillani
asif-ali-zardari | آصف علي زرداري | Asif Ali Zardari | زرداري; Zardari
shaukat-aziz | شوكت عزيز | Shaukat Aziz | شوكت عزيز; Shaukat Aziz
muhammad-ali-jinnah | محمد علي جناح | Muhammad Ali Jinnah | محمد علي جناح; Jinnah
abdul-qadeer-khan | عبد القدير خان | Abdul Qadeer Khan | عبد القدير خان; Abdul Qadeer Khan
gulbuddin-hekmatyar | قلب الدين حكمتيار | Gulbuddin Hekmatyar | حكمتيار; Hekmatyar
ahmad-shah-massoud | أحمد شاه مسعود | Ahmad Shah Massoud | أحمد شاه مسعود; Ahmad Shah Massoud
abdullah-abdullah | عبد الله عبد الله | Abdullah Abdullah | عبد الله عبد الله; Abdullah Abdullah
jalaluddin-haqqani | جلال الدين حقاني | Jalaluddin Haqqani | حقاني; Haqqani
anwar-al-awlaki | أنور العولقي | Anwar al-Awlaki | العولقي; al-Awlaki
abu-hamza-al-masri | أبو حمزة المصري | Abu Hamza al-Masri | أبو حمزة المصري; Abu Hamza al-Masri
khalid-sheikh-mohammed | خالد شيخ محمد | Khalid Sheikh Mohammed | خالد شيخ محمد; Khalid Sheikh Mohammed
abu-mohammad-al-julani | أبو محمد الجولاني | Abu Mohammad al-Julani | أبو محمد الجولاني; الجولاني; al-Julani
ahmed-al-sharaa | أحمد الشرع | Ahmed al-Sharaa | أحمد الشرع; Ahmed al-Sharaa
mohamed-atta | محمد عطا | Mohamed Atta | محمد عطا; Mohamed Atta
jean-marie-le-pen | جان ماري لوبان | Jean-Marie Le Pen | جان ماري لوبان; Jean-Marie Le Pen
marine-le-pen | مارين لوبان | Marine Le Pen | مارين لوبان; Marine Le Pen
dominique-de-villepin | دومينيك دو فيلبان | Dominique de Villepin | دو فيلبان; دوفيلبان; Villepin
bernard-kouchner | برنار كوشنير | Bernard Kouchner | كوشنير; Kouchner
laurent-fabius | لوران فابيوس | Laurent Fabius | فابيوس; Fabius
segolene-royal | سيغولين رويال | Ségolène Royal | سيغولين رويال; Ségolène Royal
francois-mitterrand | فرانسوا ميتران | François Mitterrand | ميتران; Mitterrand
charles-de-gaulle | شارل ديغول | Charles de Gaulle | ديغول; de Gaulle
jean-yves-le-drian | جان إيف لودريان | Jean-Yves Le Drian | لودريان; Le Drian
jack-straw | جاك سترو | Jack Straw | جاك سترو; Jack Straw
margaret-beckett | مارغريت بيكيت | Margaret Beckett | مارغريت بيكيت; Margaret Beckett
david-miliband | ديفيد ميليباند | David Miliband | ميليباند; Miliband
william-hague | وليام هيغ | William Hague | وليام هيغ; William Hague
rishi-sunak | ريشي سوناك | Rishi Sunak | سوناك; Sunak
keir-starmer | كير ستارمر | Keir Starmer | ستارمر; Starmer
queen-elizabeth-ii | الملكة إليزابيث الثانية | Queen Elizabeth II | إليزابيث الثانية; Elizabeth II
king-charles-iii | الملك تشارلز الثالث | King Charles III | تشارلز الثالث; Charles III
prince-william | الأمير وليام | Prince William | الأمير وليام; Prince William
princess-diana | الأميرة ديانا | Princess Diana | الأميرة ديانا; Princess Diana
frank-walter-steinmeier | فرانك فالتر شتاينماير | Frank-Walter Steinmeier | شتاينماير; Steinmeier
joschka-fischer | يوشكا فيشر | Joschka Fischer | يوشكا فيشر; Joschka Fischer
massimo-dalema | ماسيمو داليما | Massimo D'Alema | داليما; D'Alema
giorgia-meloni | جورجيا ميلوني | Giorgia Meloni | ميلوني; Meloni
mariano-rajoy | ماريانو راخوي | Mariano Rajoy | راخوي; Rajoy
pedro-sanchez | بيدرو سانشيز | Pedro Sánchez | بيدرو سانشيز; Pedro Sánchez
miguel-angel-moratinos | ميغيل أنخيل موراتينوس | Miguel Ángel Moratinos | موراتينوس; Moratinos
jose-socrates | جوزيه سوقراطيش | José Sócrates | جوزيه سوقراطيش; José Sócrates
anibal-cavaco-silva | أنيبال كافاكو سيلفا | Aníbal Cavaco Silva | كافاكو سيلفا; Cavaco Silva
ursula-von-der-leyen | أورسولا فون دير لاين | Ursula von der Leyen | فون دير لاين; von der Leyen
josep-borrell | جوزيب بوريل | Josep Borrell | بوريل; Borrell
catherine-ashton | كاثرين آشتون | Catherine Ashton | كاثرين آشتون; Catherine Ashton
federica-mogherini | فيديريكا موغيريني | Federica Mogherini | موغيريني; Mogherini
jens-stoltenberg | ينس ستولتنبرغ | Jens Stoltenberg | ستولتنبرغ; Stoltenberg
jaap-de-hoop-scheffer | ياب دي هوب شيفر | Jaap de Hoop Scheffer | دي هوب شيفر; de Hoop Scheffer
viktor-orban | فيكتور أوربان | Viktor Orbán | أوربان; Orbán; Orban
viktor-yushchenko | فيكتور يوشينكو | Viktor Yushchenko | يوشينكو; يوتشينكو; Yushchenko
viktor-yanukovych | فيكتور يانوكوفيتش | Viktor Yanukovych | يانوكوفيتش; Yanukovych
yulia-tymoshenko | يوليا تيموشينكو | Yulia Tymoshenko | تيموشينكو; Tymoshenko
petro-poroshenko | بيترو بوروشينكو | Petro Poroshenko | بوروشينكو; Poroshenko
slobodan-milosevic | سلوبودان ميلوسيفيتش | Slobodan Milošević | ميلوسيفيتش; Milosevic
radovan-karadzic | رادوفان كاراديتش | Radovan Karadžić | كاراديتش; Karadzic
ratko-mladic | راتكو ملاديتش | Ratko Mladić | ملاديتش; Mladic
mikheil-saakashvili | ميخائيل ساكاشفيلي | Mikheil Saakashvili | ساكاشفيلي; Saakashvili
ramzan-kadyrov | رمضان قديروف | Ramzan Kadyrov | قديروف; Kadyrov
alexei-navalny | أليكسي نافالني | Alexei Navalny | نافالني; Navalny
yevgeny-prigozhin | يفغيني بريغوجين | Yevgeny Prigozhin | بريغوجين; Prigozhin
mikhail-mishustin | ميخائيل ميشوستين | Mikhail Mishustin | ميشوستين; Mishustin
sergei-shoigu | سيرغي شويغو | Sergei Shoigu | شويغو; Shoigu
maria-zakharova | ماريا زاخاروفا | Maria Zakharova | زاخاروفا; Zakharova
dmitry-peskov | ديمتري بيسكوف | Dmitry Peskov | بيسكوف; Peskov
vitaly-churkin | فيتالي تشوركين | Vitaly Churkin | تشوركين; Churkin
vasily-nebenzya | فاسيلي نيبينزيا | Vassily Nebenzia | نيبينزيا; Nebenzia
kurt-waldheim | كورت فالدهايم | Kurt Waldheim | فالدهايم; Waldheim
staffan-de-mistura | ستافان دي ميستورا | Staffan de Mistura | دي ميستورا; de Mistura
lakhdar-brahimi | الأخضر الإبراهيمي | Lakhdar Brahimi | الأخضر الإبراهيمي; Lakhdar Brahimi
geir-pedersen | غير بيدرسن | Geir Pedersen | بيدرسن; Pedersen
martin-griffiths | مارتن غريفيث | Martin Griffiths | غريفيث; Griffiths
hans-grundberg | هانس غروندبرغ | Hans Grundberg | غروندبرغ; Grundberg
jan-egeland | يان إيغلاند | Jan Egeland | إيغلاند; Egeland
louise-arbour | لويز آربر | Louise Arbour | لويز آربر; Louise Arbour
navi-pillay | نافي بيلاي | Navi Pillay | نافي بيلاي; Navi Pillay
nabil-elaraby | نبيل العربي | Nabil Elaraby | نبيل العربي; Nabil Elaraby
ekmeleddin-ihsanoglu | أكمل الدين إحسان أوغلو | Ekmeleddin İhsanoğlu | إحسان أوغلو; Ihsanoglu
tedros-adhanom | تيدروس أدهانوم غيبريسوس | Tedros Adhanom Ghebreyesus | تيدروس; Tedros
kristalina-georgieva | كريستالينا غورغييفا | Kristalina Georgieva | غورغييفا; Georgieva
christine-lagarde | كريستين لاغارد | Christine Lagarde | لاغارد; Lagarde
dominique-strauss-kahn | دومينيك ستروس كان | Dominique Strauss-Kahn | ستروس كان; Strauss-Kahn
robert-zoellick | روبرت زوليك | Robert Zoellick | زوليك; Zoellick
james-wolfensohn | جيمس وولفنسون | James Wolfensohn | وولفنسون; Wolfensohn
michelle-obama | ميشيل أوباما | Michelle Obama | ميشيل أوباما; Michelle Obama
laura-bush | لورا بوش | Laura Bush | لورا بوش; Laura Bush
jeb-bush | جيب بوش | Jeb Bush | جيب بوش; Jeb Bush
john-negroponte | جون نيغروبونتي | John Negroponte | نيغروبونتي; Negroponte
george-tenet | جورج تينيت | George Tenet | تينيت; Tenet
robert-mueller | روبرت مولر | Robert Mueller | روبرت مولر; Robert Mueller
leon-panetta | ليون بانيتا | Leon Panetta | بانيتا; Panetta
chuck-hagel | تشاك هيغل | Chuck Hagel | تشاك هيغل; Chuck Hagel
ashton-carter | آشتون كارتر | Ashton Carter | آشتون كارتر; Ashton Carter
jim-mattis | جيم ماتيس | Jim Mattis | ماتيس; Mattis
rex-tillerson | ريكس تيلرسون | Rex Tillerson | تيلرسون; Tillerson
jared-kushner | جاريد كوشنر | Jared Kushner | جاريد كوشنر; Jared Kushner
mike-pence | مايك بنس | Mike Pence | مايك بنس; Mike Pence
nikki-haley | نيكي هايلي | Nikki Haley | هايلي; Haley
susan-rice | سوزان رايس | Susan Rice | سوزان رايس; Susan Rice
samantha-power | سامانثا باور | Samantha Power | سامانثا باور; Samantha Power
lindsey-graham | ليندسي غراهام | Lindsey Graham | ليندسي غراهام; Lindsey Graham
bernie-sanders | بيرني ساندرز | Bernie Sanders | بيرني ساندرز; Bernie Sanders
ron-desantis | رون ديسانتيس | Ron DeSantis | ديسانتيس; DeSantis
elon-musk | إيلون ماسك | Elon Musk | إيلون ماسك; Elon Musk
mark-zuckerberg | مارك زوكربيرغ | Mark Zuckerberg | زوكربيرغ; Zuckerberg
jeff-bezos | جيف بيزوس | Jeff Bezos | بيزوس; Bezos
julian-assange | جوليان أسانج | Julian Assange | أسانج; Assange
edward-snowden | إدوارد سنودن | Edward Snowden | سنودن; Snowden
jamal-khashoggi | جمال خاشقجي | Jamal Khashoggi | خاشقجي; Khashoggi
malala-yousafzai | ملالا يوسفزاي | Malala Yousafzai | ملالا; Malala
greta-thunberg | غريتا تونبرغ | Greta Thunberg | تونبرغ; Thunberg
stephen-hawking | ستيفن هوكينغ | Stephen Hawking | هوكينغ; Hawking
galileo-galilei | غاليليو غاليلي | Galileo Galilei | غاليليو; جاليليو; جاليليو جاليلي; Galileo
nicolaus-copernicus | نيكولاس كوبرنيكوس | Nicolaus Copernicus | كوبرنيكوس; Copernicus
aristotle | أرسطو | Aristotle | أرسطو; أرسطوطاليس; Aristotle
plato | أفلاطون | Plato | أفلاطون; Plato
socrates | سقراط | Socrates | سقراط; Socrates
alexander-the-great | الإسكندر الأكبر | Alexander the Great | الإسكندر الأكبر; الاسكندر المقدوني; Alexander the Great
julius-caesar | يوليوس قيصر | Julius Caesar | يوليوس قيصر; Julius Caesar
cleopatra | كليوباترا | Cleopatra | كليوباترا; Cleopatra
tutankhamun | توت عنخ آمون | Tutankhamun | توت عنخ آمون; Tutankhamun
ramesses-ii | رمسيس الثاني | Ramesses II | رمسيس الثاني; Ramesses II
nebuchadnezzar | نبوخذ نصر | Nebuchadnezzar II | نبوخذ نصر; Nebuchadnezzar
genghis-khan | جنكيز خان | Genghis Khan | جنكيز خان; Genghis Khan
hulagu-khan | هولاكو | Hulagu Khan | هولاكو; Hulagu
suleiman-the-magnificent | السلطان سليمان القانوني | Suleiman the Magnificent | سليمان القانوني; Suleiman the Magnificent
mehmed-the-conqueror | محمد الفاتح | Mehmed the Conqueror | محمد الفاتح; Mehmed the Conqueror
muhammad-ali-pasha | محمد علي باشا | Muhammad Ali Pasha | محمد علي باشا; Muhammad Ali Pasha
abdelkader-el-djezairi | الأمير عبد القادر الجزائري | Emir Abdelkader | عبد القادر الجزائري; Emir Abdelkader
omar-mukhtar | عمر المختار | Omar Mukhtar | عمر المختار; Omar Mukhtar
abd-el-krim | محمد بن عبد الكريم الخطابي | Abd el-Krim | عبد الكريم الخطابي; محمد بن عبد الكريم الخطابي; Abd el-Krim
friedrich-nietzsche | فريدريك نيتشه | Friedrich Nietzsche | نيتشه; Nietzsche
jean-paul-sartre | جان بول سارتر | Jean-Paul Sartre | سارتر; Sartre
victor-hugo | فيكتور هوغو | Victor Hugo | فيكتور هوغو; Victor Hugo
leo-tolstoy | ليو تولستوي | Leo Tolstoy | تولستوي; Tolstoy
fyodor-dostoevsky | فيودور دوستويفسكي | Fyodor Dostoevsky | دوستويفسكي; Dostoevsky
gabriel-garcia-marquez | غابرييل غارسيا ماركيز | Gabriel García Márquez | غارسيا ماركيز; García Márquez
paulo-coelho | باولو كويلو | Paulo Coelho | كويلو; Coelho
gunter-grass | غونتر غراس | Günter Grass | غونتر غراس; Günter Grass
orhan-pamuk | أورهان باموق | Orhan Pamuk | باموق; Pamuk
salman-rushdie | سلمان رشدي | Salman Rushdie | سلمان رشدي; Rushdie
agatha-christie | أغاثا كريستي | Agatha Christie | أغاثا كريستي; Agatha Christie
charles-dickens | تشارلز ديكنز | Charles Dickens | ديكنز; Dickens
ernest-hemingway | إرنست همنغواي | Ernest Hemingway | همنغواي; Hemingway
pablo-picasso | بابلو بيكاسو | Pablo Picasso | بيكاسو; Picasso
vincent-van-gogh | فنسنت فان غوخ | Vincent van Gogh | فان غوخ; Van Gogh
charlie-chaplin | تشارلي تشابلن | Charlie Chaplin | تشابلن; Chaplin
marilyn-monroe | مارلين مونرو | Marilyn Monroe | مارلين مونرو; Marilyn Monroe
elvis-presley | إلفيس بريسلي | Elvis Presley | إلفيس بريسلي; Elvis Presley
madonna | مادونا | Madonna | مادونا; Madonna
shakira | شاكيرا | Shakira | شاكيرا; Shakira
beyonce | بيونسيه | Beyoncé | بيونسيه; Beyoncé
celine-dion | سيلين ديون | Céline Dion | سيلين ديون; Céline Dion
the-beatles-john-lennon | جون لينون | John Lennon | جون لينون; John Lennon
bob-marley | بوب مارلي | Bob Marley | بوب مارلي; Bob Marley
angelina-jolie | أنجلينا جولي | Angelina Jolie | أنجلينا جولي; انجلينا جولى; Angelina Jolie
brad-pitt | براد بيت | Brad Pitt | براد بيت; Brad Pitt
george-clooney | جورج كلوني | George Clooney | جورج كلوني; George Clooney
leonardo-dicaprio | ليوناردو دي كابريو | Leonardo DiCaprio | دي كابريو; DiCaprio
mel-gibson | ميل غيبسون | Mel Gibson | ميل غيبسون; ميل جيبسون; Mel Gibson
arnold-schwarzenegger | أرنولد شوارزنيغر | Arnold Schwarzenegger | شوارزنيغر; شوارزنيجر; Schwarzenegger
robert-de-niro | روبرت دي نيرو | Robert De Niro | دي نيرو; De Niro
al-pacino | آل باتشينو | Al Pacino | آل باتشينو; Al Pacino
steven-spielberg | ستيفن سبيلبرغ | Steven Spielberg | سبيلبرغ; Spielberg
nicole-kidman | نيكول كيدمان | Nicole Kidman | نيكول كيدمان; Nicole Kidman
julia-roberts | جوليا روبرتس | Julia Roberts | جوليا روبرتس; Julia Roberts
meryl-streep | ميريل ستريب | Meryl Streep | ميريل ستريب; Meryl Streep
adam-sandler | آدم ساندلر | Adam Sandler | آدم ساندلر; ادم ساندلر; Adam Sandler
jackie-chan | جاكي شان | Jackie Chan | جاكي شان; Jackie Chan
amitabh-bachchan | أميتاب باتشان | Amitabh Bachchan | أميتاب باتشان; باتشان; Bachchan
shah-rukh-khan | شاروخان | Shah Rukh Khan | شاروخان; شاه روخ خان; Shah Rukh Khan
mustafa-akkad | مصطفى العقاد | Moustapha Akkad | مصطفى العقاد; Moustapha Akkad
andre-agassi | أندريه أغاسي | Andre Agassi | أغاسي; Agassi
pete-sampras | بيت سامبراس | Pete Sampras | سامبراس; Sampras
serena-williams | سيرينا وليامز | Serena Williams | سيرينا وليامز; سيرينا ويليامز; Serena Williams
venus-williams | فينوس وليامز | Venus Williams | فينوس وليامز; فينوس ويليامز; Venus Williams
justine-henin | جوستين هينان | Justine Henin | هينان; Henin
novak-djokovic | نوفاك ديوكوفيتش | Novak Djokovic | ديوكوفيتش; Djokovic
andy-murray | آندي موراي | Andy Murray | آندي موراي; Andy Murray
ons-jabeur | أنس جابر | Ons Jabeur | أنس جابر; Ons Jabeur
usain-bolt | يوسين بولت | Usain Bolt | يوسين بولت; Usain Bolt
haile-gebrselassie | هايلي غيبريسيلاسي | Haile Gebrselassie | غيبريسيلاسي; Gebrselassie
kenenisa-bekele | كينينيسا بيكيلي | Kenenisa Bekele | بيكيلي; Bekele
michael-phelps | مايكل فيلبس | Michael Phelps | فيلبس; Phelps
mike-tyson | مايك تايسون | Mike Tyson | تايسون; Tyson
fernando-alonso | فرناندو ألونسو | Fernando Alonso | ألونسو; Alonso
lewis-hamilton | لويس هاميلتون | Lewis Hamilton | لويس هاميلتون; Lewis Hamilton
kimi-raikkonen | كيمي رايكونن | Kimi Räikkönen | رايكونن; Raikkonen
sebastian-vettel | سيباستيان فيتل | Sebastian Vettel | فيتل; Vettel
max-verstappen | ماكس فيرستابن | Max Verstappen | فيرستابن; Verstappen
kobe-bryant | كوبي براينت | Kobe Bryant | كوبي براينت; Kobe Bryant
michael-jordan | مايكل جوردان | Michael Jordan | مايكل جوردان; Michael Jordan
lebron-james | ليبرون جيمس | LeBron James | ليبرون جيمس; LeBron James
neymar | نيمار | Neymar | نيمار; Neymar
kylian-mbappe | كيليان مبابي | Kylian Mbappé | مبابي; Mbappe; Mbappé
karim-benzema | كريم بنزيمة | Karim Benzema | بنزيمة; Benzema
robert-lewandowski | روبرت ليفاندوفسكي | Robert Lewandowski | ليفاندوفسكي; Lewandowski
luka-modric | لوكا مودريتش | Luka Modrić | مودريتش; Modric
sadio-mane | ساديو ماني | Sadio Mané | ساديو ماني; Sadio Mané
erling-haaland | إرلينغ هالاند | Erling Haaland | هالاند; Haaland
roberto-carlos | روبرتو كارلوس | Roberto Carlos | روبرتو كارلوس; Roberto Carlos
rivaldo | ريفالدو | Rivaldo | ريفالدو; Rivaldo
adriano | أدريانو | Adriano | أدريانو; Adriano
romario | روماريو | Romário | روماريو; Romario
emerson | إيمرسون | Emerson | إيمرسون; Emerson
deco | ديكو | Deco | ديكو; Deco
michael-essien | مايكل إيسيان | Michael Essien | إيسيان; Essien
yaya-toure | يايا توريه | Yaya Touré | يايا توريه; Yaya Touré
kolo-toure | كولو توريه | Kolo Touré | كولو توريه; Kolo Touré
george-weah | جورج ويا | George Weah | جورج ويا; George Weah
jay-jay-okocha | جاي جاي أوكوتشا | Jay-Jay Okocha | أوكوتشا; Okocha
nwankwo-kanu | نوانكو كانو | Nwankwo Kanu | Kanu
emmanuel-adebayor | إيمانويل أديبايور | Emmanuel Adebayor | أديبايور; Adebayor
jermain-defoe | جيرماين ديفو | Jermain Defoe | ديفو; Defoe
robin-van-persie | روبن فان بيرسي | Robin van Persie | فان بيرسي; Van Persie
klaas-jan-huntelaar | كلاس يان هونتيلار | Klaas-Jan Huntelaar | هونتيلار; هانتيلار; Huntelaar
mark-van-bommel | مارك فان بوميل | Mark van Bommel | فان بوميل; فان بومل; Van Bommel
clarence-seedorf | كلارنس سيدورف | Clarence Seedorf | سيدورف; Seedorf
ottmar-hitzfeld | أوتمار هيتسفيلد | Ottmar Hitzfeld | هيتسفيلد; هيتزفيلد; Hitzfeld
louis-van-gaal | لويس فان خال | Louis van Gaal | فان خال; فان جال; Van Gaal
madeleine-albright | مادلين أولبرايت | Madeleine Albright | أولبرايت; Albright
stephen-hadley | ستيفن هادلي | Stephen Hadley | هادلي; Hadley
tommy-franks | تومي فرانكس | Tommy Franks | تومي فرانكس; Tommy Franks
john-abizaid | جون أبي زيد | John Abizaid | جون أبي زيد; Abizaid
scott-mcclellan | سكوت ماكليلان | Scott McClellan | ماكليلان; McClellan
sean-mccormack | شون ماكورماك | Sean McCormack | ماكورماك; McCormack
tony-snow | توني سنو | Tony Snow | توني سنو; Tony Snow
dana-perino | دانا بيرينو | Dana Perino | بيرينو; Perino
harry-reid | هاري ريد | Harry Reid | هاري ريد; Harry Reid
christopher-hill | كريستوفر هيل | Christopher Hill | كريستوفر هيل; Christopher Hill
nicholas-burns | نيكولاس بيرنز | Nicholas Burns | نيكولاس بيرنز; Nicholas Burns
alberto-gonzales | ألبرتو غونزاليس | Alberto Gonzales | ألبرتو غونزاليس; Alberto Gonzales
john-ashcroft | جون آشكروفت | John Ashcroft | آشكروفت; Ashcroft
michael-chertoff | مايكل شيرتوف | Michael Chertoff | شيرتوف; Chertoff
henry-paulson | هنري بولسون | Henry Paulson | بولسون; Paulson
timothy-geithner | تيموثي غايتنر | Timothy Geithner | غايتنر; Geithner
lloyd-austin | لويد أوستن | Lloyd Austin | لويد أوستن; Lloyd Austin
mark-esper | مارك إسبر | Mark Esper | إسبر; Esper
jake-sullivan | جيك سوليفان | Jake Sullivan | جيك سوليفان; Jake Sullivan
marco-rubio | ماركو روبيو | Marco Rubio | روبيو; Rubio
pete-hegseth | بيت هيغسيث | Pete Hegseth | هيغسيث; Hegseth
steve-witkoff | ستيف ويتكوف | Steve Witkoff | ويتكوف; Witkoff
amos-hochstein | آموس هوكستين | Amos Hochstein | هوكستين; Hochstein
william-burns | وليام بيرنز | William Burns | وليام بيرنز; William Burns
javier-perez-de-cuellar | خافيير بيريز دي كوييار | Javier Pérez de Cuéllar | بيريز دي كوييار; دي كوييار; Pérez de Cuéllar
yukiya-amano | يوكيا أمانو | Yukiya Amano | يوكيا أمانو; Amano
rafael-grossi | رافائيل غروسي | Rafael Grossi | غروسي; Grossi
alvaro-de-soto | ألفارو دي سوتو | Álvaro de Soto | ألفارو دي سوتو; Alvaro de Soto
serge-brammertz | سيرج براميرتز | Serge Brammertz | براميرتز; Brammertz
detlev-mehlis | ديتليف ميليس | Detlev Mehlis | ديتليف ميليس
sergio-vieira-de-mello | سيرجيو فييرا دي ميلو | Sérgio Vieira de Mello | دي ميلو; de Mello
jan-pronk | يان برونك | Jan Pronk | يان برونك
ramtane-lamamra | رمطان لعمامرة | Ramtane Lamamra | لعمامرة; Lamamra
abdul-rahman-al-attiyah | عبد الرحمن العطية | Abdul Rahman al-Attiyah | عبد الرحمن العطية; Abdul Rahman al-Attiyah
volker-turk | فولكر تورك | Volker Türk | فولكر تورك; Volker Türk
filippo-grandi | فيليبو غراندي | Filippo Grandi | فيليبو غراندي; Filippo Grandi
philippe-lazzarini | فيليب لازاريني | Philippe Lazzarini | لازاريني; Lazzarini
tor-wennesland | تور وينسلاند | Tor Wennesland | وينسلاند; Wennesland
nickolay-mladenov | نيكولاي ملادينوف | Nickolay Mladenov | ملادينوف; Mladenov
ismail-ould-cheikh-ahmed | إسماعيل ولد الشيخ أحمد | Ismail Ould Cheikh Ahmed | إسماعيل ولد الشيخ أحمد; ولد الشيخ أحمد
jamal-benomar | جمال بنعمر | Jamal Benomar | بنعمر; Benomar
martti-ahtisaari | مارتي أهتيساري | Martti Ahtisaari | أهتيساري; Ahtisaari
thomas-bach | توماس باخ | Thomas Bach | توماس باخ; Thomas Bach
gianni-infantino | جياني إنفانتينو | Gianni Infantino | إنفانتينو; انفانتينو; Infantino
issa-hayatou | عيسى حياتو | Issa Hayatou | حياتو; Hayatou
mohamed-bin-hammam | محمد بن همام | Mohamed bin Hammam | محمد بن همام; Mohamed bin Hammam
lionel-jospin | ليونيل جوسبان | Lionel Jospin | جوسبان; Jospin
alain-juppe | آلان جوبيه | Alain Juppé | جوبيه; Juppé
michel-barnier | ميشال بارنييه | Michel Barnier | بارنييه; Barnier
hubert-vedrine | هوبير فيدرين | Hubert Védrine | فيدرين; Védrine
philippe-douste-blazy | فيليب دوست بلازي | Philippe Douste-Blazy | دوست بلازي; Douste-Blazy
francois-fillon | فرانسوا فيون | François Fillon | فرانسوا فيون; Fillon
manuel-valls | مانويل فالس | Manuel Valls | مانويل فالس; Manuel Valls
john-major | جون ميجور | John Major | جون ميجور; John Major
robin-cook | روبن كوك | Robin Cook | روبن كوك; Robin Cook
geoff-hoon | جيف هون | Geoff Hoon | جيف هون; Geoff Hoon
liz-truss | ليز تراس | Liz Truss | ليز تراس; Liz Truss
guido-westerwelle | غيدو فسترفيله | Guido Westerwelle | فسترفيله; Westerwelle
annalena-baerbock | أنالينا بيربوك | Annalena Baerbock | بيربوك; Baerbock
friedrich-merz | فريدريش ميرتس | Friedrich Merz | ميرتس; Merz
franco-frattini | فرانكو فراتيني | Franco Frattini | فراتيني; Frattini
mario-draghi | ماريو دراغي | Mario Draghi | دراغي; Draghi
matteo-renzi | ماتيو رينزي | Matteo Renzi | رينزي; Renzi
jan-peter-balkenende | يان بيتر بالكينينده | Jan Peter Balkenende | بالكينينده; Balkenende
mark-rutte | مارك روته | Mark Rutte | مارك روته; Rutte
guy-verhofstadt | غي فيرهوفستات | Guy Verhofstadt | فيرهوفستات; Verhofstadt
karel-de-gucht | كاريل دي غوشت | Karel De Gucht | دي غوشت; De Gucht
carl-bildt | كارل بيلت | Carl Bildt | كارل بيلت; Bildt
anders-fogh-rasmussen | أندرس فوغ راسموسن | Anders Fogh Rasmussen | فوغ راسموسن; راسموسن; Rasmussen
benita-ferrero-waldner | بينيتا فيريرو فالدنر | Benita Ferrero-Waldner | فيريرو فالدنر; Ferrero-Waldner
jean-claude-juncker | جان كلود يونكر | Jean-Claude Juncker | يونكر; Juncker
herman-van-rompuy | هيرمان فان رومبوي | Herman Van Rompuy | فان رومبوي; Van Rompuy
donald-tusk | دونالد توسك | Donald Tusk | توسك; Tusk
kaja-kallas | كايا كالاس | Kaja Kallas | كالاس; Kallas
alexis-tsipras | أليكسيس تسيبراس | Alexis Tsipras | تسيبراس; Tsipras
kostas-karamanlis | كوستاس كرامنليس | Kostas Karamanlis | كرامنليس; كارامانليس; Karamanlis
dora-bakoyannis | دورا باكويانيس | Dora Bakoyannis | باكويانيس; Bakoyannis
tassos-papadopoulos | تاسوس بابادوبولوس | Tassos Papadopoulos | تاسوس بابادوبولوس; Tassos Papadopoulos
ahmet-necdet-sezer | أحمد نجدت سيزر | Ahmet Necdet Sezer | نجدت سيزر; Sezer
binali-yildirim | بن علي يلدريم | Binali Yıldırım | بن علي يلدريم; يلدريم; Yildirim
yevgeny-primakov | يفغيني بريماكوف | Yevgeny Primakov | بريماكوف; Primakov
igor-ivanov | إيغور إيفانوف | Igor Ivanov | إيغور إيفانوف; Igor Ivanov
sergei-ivanov | سيرغي إيفانوف | Sergei Ivanov | سيرغي إيفانوف; Sergei Ivanov
mikhail-fradkov | ميخائيل فرادكوف | Mikhail Fradkov | فرادكوف; Fradkov
viktor-chernomyrdin | فيكتور تشيرنوميردين | Viktor Chernomyrdin | تشيرنوميردين; Chernomyrdin
mikhail-bogdanov | ميخائيل بوغدانوف | Mikhail Bogdanov | بوغدانوف; Bogdanov
alexander-saltanov | ألكسندر سلطانوف | Alexander Saltanov | سلطانوف; Saltanov
aslan-maskhadov | أصلان مسخادوف | Aslan Maskhadov | مسخادوف; Maskhadov
shamil-basayev | شامل باساييف | Shamil Basayev | شامل باساييف
dzhokhar-dudayev | جوهر دوداييف | Dzhokhar Dudayev | دوداييف; Dudayev
nursultan-nazarbayev | نور سلطان نزارباييف | Nursultan Nazarbayev | نزارباييف; Nazarbayev
islam-karimov | إسلام كريموف | Islam Karimov | كريموف; Karimov
ilham-aliyev | إلهام علييف | Ilham Aliyev | علييف; Aliyev
vojislav-kostunica | فويسلاف كوستونيتشا | Vojislav Koštunica | كوستونيتشا; Kostunica
boris-tadic | بوريس تاديتش | Boris Tadić | تاديتش; Tadic
alija-izetbegovic | علي عزت بيغوفيتش | Alija Izetbegović | عزت بيغوفيتش; بيغوفيتش; Izetbegovic
franjo-tudjman | فرانيو توجمان | Franjo Tuđman | توجمان; Tudjman
ibrahim-rugova | إبراهيم روغوفا | Ibrahim Rugova | روغوفا; Rugova
hashim-thaci | هاشم تاتشي | Hashim Thaçi | هاشم تاتشي; Thaci
lech-kaczynski | ليخ كاتشينسكي | Lech Kaczyński | كاتشينسكي; Kaczynski
vaclav-havel | فاتسلاف هافل | Václav Havel | هافل; Havel
mary-robinson | ماري روبنسون | Mary Robinson | ماري روبنسون; Mary Robinson
jiang-zemin | جيانغ زيمين | Jiang Zemin | جيانغ زيمين; جيانغ تسه مين; Jiang Zemin
zhu-rongji | تشو رونغ جي | Zhu Rongji | تشو رونغ جي; Zhu Rongji
li-peng | لي بينغ | Li Peng | لي بينغ; Li Peng
li-keqiang | لي كه تشيانغ | Li Keqiang | لي كه تشيانغ; Li Keqiang
li-zhaoxing | لي تشاو شينغ | Li Zhaoxing | لي تشاو شينغ; لي تشاو شينج; Li Zhaoxing
tang-jiaxuan | تانغ جيا شيوان | Tang Jiaxuan | تانغ جيا شيوان; Tang Jiaxuan
yang-jiechi | يانغ جيه تشي | Yang Jiechi | يانغ جيه تشي; Yang Jiechi
wang-yi | وانغ يي | Wang Yi | وانغ يي; Wang Yi
deng-xiaoping | دنغ شياو بينغ | Deng Xiaoping | دنغ شياو بينغ; Deng Xiaoping
zhou-enlai | شو إن لاي | Zhou Enlai | شو إن لاي; تشو إن لاي; Zhou Enlai
dalai-lama | الدالاي لاما | Dalai Lama | الدالاي لاما; دالاي لاما; Dalai Lama
kim-il-sung | كيم إيل سونغ | Kim Il-sung | كيم إيل سونغ; كيم ايل سونغ; Kim Il-sung
roh-moo-hyun | روه مو هيون | Roh Moo-hyun | روه مو هيون; Roh Moo-hyun
kim-dae-jung | كيم داي جونغ | Kim Dae-jung | كيم داي جونغ; Kim Dae-jung
lee-myung-bak | لي ميونغ باك | Lee Myung-bak | لي ميونغ باك; Lee Myung-bak
taro-aso | تارو آسو | Taro Aso | تارو آسو; Taro Aso
yasuo-fukuda | ياسو فوكودا | Yasuo Fukuda | فوكودا; Fukuda
fumio-kishida | فوميو كيشيدا | Fumio Kishida | كيشيدا; Kishida
atal-bihari-vajpayee | أتال بيهاري فاجبايي | Atal Bihari Vajpayee | فاجبايي; Vajpayee
sonia-gandhi | سونيا غاندي | Sonia Gandhi | سونيا غاندي; Sonia Gandhi
indira-gandhi | أنديرا غاندي | Indira Gandhi | أنديرا غاندي; انديرا غاندي; Indira Gandhi
gloria-arroyo | غلوريا أرويو | Gloria Arroyo | أرويو; Arroyo
rodrigo-duterte | رودريغو دوتيرتي | Rodrigo Duterte | دوتيرتي; Duterte
thaksin-shinawatra | تاكسين شيناواترا | Thaksin Shinawatra | شيناواترا; Shinawatra
susilo-bambang-yudhoyono | سوسيلو بامبانغ يودويونو | Susilo Bambang Yudhoyono | يودويونو; Yudhoyono
megawati-sukarnoputri | ميغاواتي سوكارنو بوتري | Megawati Sukarnoputri | ميغاواتي; Megawati
abdullah-badawi | عبد الله أحمد بدوي | Abdullah Ahmad Badawi | عبد الله أحمد بدوي; عبد الله بدوي; Abdullah Badawi
anwar-ibrahim | أنور إبراهيم | Anwar Ibrahim | أنور إبراهيم; Anwar Ibrahim
aung-san-suu-kyi | أونغ سان سو تشي | Aung San Suu Kyi | أونغ سان سو تشي; سو تشي; Suu Kyi
abdul-rashid-dostum | عبد الرشيد دوستم | Abdul Rashid Dostum | دوستم; Dostum
burhanuddin-rabbani | برهان الدين رباني | Burhanuddin Rabbani | برهان الدين رباني; Rabbani
baitullah-mehsud | بيت الله محسود | Baitullah Mehsud | بيت الله محسود; محسود; Mehsud
faisal-mekdad | فيصل المقداد | Faisal Mekdad | فيصل المقداد; Faisal Mekdad
rifaat-al-assad | رفعت الأسد | Rifaat al-Assad | رفعت الأسد; Rifaat al-Assad
maher-al-assad | ماهر الأسد | Maher al-Assad | ماهر الأسد; Maher al-Assad
mustafa-tlass | مصطفى طلاس | Mustafa Tlass | مصطفى طلاس; طلاس; Tlass
ghazi-kanaan | غازي كنعان | Ghazi Kanaan | غازي كنعان; Ghazi Kanaan
assef-shawkat | آصف شوكت | Assef Shawkat | آصف شوكت; Assef Shawkat
bashar-jaafari | بشار الجعفري | Bashar Jaafari | بشار الجعفري; Bashar Jaafari
moaz-al-khatib | معاذ الخطيب | Moaz al-Khatib | معاذ الخطيب; Moaz al-Khatib
burhan-ghalioun | برهان غليون | Burhan Ghalioun | برهان غليون; Burhan Ghalioun
taha-yassin-ramadan | طه ياسين رمضان | Taha Yassin Ramadan | طه ياسين رمضان; Taha Yassin Ramadan
mohammed-saeed-al-sahhaf | محمد سعيد الصحاف | Mohammed Saeed al-Sahhaf | محمد سعيد الصحاف; الصحاف; al-Sahhaf
barzan-al-tikriti | برزان التكريتي | Barzan al-Tikriti | برزان التكريتي; Barzan al-Tikriti
ghazi-al-yawer | غازي الياور | Ghazi al-Yawer | غازي الياور; الياور; al-Yawer
adnan-pachachi | عدنان الباجه جي | Adnan Pachachi | عدنان الباجه جي; الباجه جي; Pachachi
hussain-al-shahristani | حسين الشهرستاني | Hussain al-Shahristani | حسين الشهرستاني; الشهرستاني; al-Shahristani
bayan-jabr | بيان جبر | Bayan Jabr | بيان جبر صولاغ; بيان جبر; Bayan Jabr
saleh-al-mutlaq | صالح المطلك | Saleh al-Mutlaq | صالح المطلك; المطلك; al-Mutlaq
adnan-al-dulaimi | عدنان الدليمي | Adnan al-Dulaimi | عدنان الدليمي; Adnan al-Dulaimi
nechirvan-barzani | نيجيرفان بارزاني | Nechirvan Barzani | نيجيرفان بارزاني; نيجيرفان البارزاني; Nechirvan Barzani
barham-salih | برهم صالح | Barham Salih | برهم صالح; Barham Salih
fuad-masum | فؤاد معصوم | Fuad Masum | فؤاد معصوم; Fuad Masum
osama-al-nujaifi | أسامة النجيفي | Osama al-Nujaifi | أسامة النجيفي; النجيفي; al-Nujaifi
mohammed-al-halbousi | محمد الحلبوسي | Mohammed al-Halbousi | محمد الحلبوسي; الحلبوسي; al-Halbousi
abu-mahdi-al-muhandis | أبو مهدي المهندس | Abu Mahdi al-Muhandis | أبو مهدي المهندس; Abu Mahdi al-Muhandis
hadi-al-amiri | هادي العامري | Hadi al-Amiri | هادي العامري; Hadi al-Amiri
qais-al-khazali | قيس الخزعلي | Qais al-Khazali | قيس الخزعلي; الخزعلي; al-Khazali
abu-ayyub-al-masri | أبو أيوب المصري | Abu Ayyub al-Masri | أبو أيوب المصري; Abu Ayyub al-Masri
abu-omar-al-baghdadi | أبو عمر البغدادي | Abu Omar al-Baghdadi | أبو عمر البغدادي; Abu Omar al-Baghdadi
selim-al-hoss | سليم الحص | Selim al-Hoss | سليم الحص; Selim al-Hoss
elias-hrawi | إلياس الهراوي | Elias Hrawi | إلياس الهراوي; الهراوي; Hrawi
joseph-aoun | جوزاف عون | Joseph Aoun | جوزاف عون; Joseph Aoun
hassan-diab | حسان دياب | Hassan Diab | حسان دياب; Hassan Diab
gebran-bassil | جبران باسيل | Gebran Bassil | جبران باسيل; باسيل; Bassil
hashem-safieddine | هاشم صفي الدين | Hashem Safieddine | هاشم صفي الدين; Hashem Safieddine
bechara-al-rahi | بشارة بطرس الراعي | Bechara Boutros al-Rahi | بشارة الراعي; بشارة بطرس الراعي; Bechara al-Rahi
nasrallah-sfeir | نصر الله بطرس صفير | Nasrallah Boutros Sfeir | نصر الله صفير; نصر الله بطرس صفير; Sfeir
mustafa-barghouti | مصطفى البرغوثي | Mustafa Barghouti | مصطفى البرغوثي; Mustafa Barghouti
yasser-abed-rabbo | ياسر عبد ربه | Yasser Abed Rabbo | ياسر عبد ربه; Yasser Abed Rabbo
nabil-abu-rudeineh | نبيل أبو ردينة | Nabil Abu Rudeineh | نبيل أبو ردينة; أبو ردينة; Abu Rudeineh
musa-abu-marzouk | موسى أبو مرزوق | Mousa Abu Marzouk | موسى أبو مرزوق; أبو مرزوق; Abu Marzouk
sami-abu-zuhri | سامي أبو زهري | Sami Abu Zuhri | سامي أبو زهري; أبو زهري; Abu Zuhri
ghazi-hamad | غازي حمد | Ghazi Hamad | غازي حمد; Ghazi Hamad
khalil-al-hayya | خليل الحية | Khalil al-Hayya | خليل الحية; Khalil al-Hayya
saleh-al-arouri | صالح العاروري | Saleh al-Arouri | صالح العاروري; العاروري; al-Arouri
ramadan-shallah | رمضان عبد الله شلح | Ramadan Shallah | رمضان شلح; رمضان عبد الله شلح; Ramadan Shallah
ziyad-al-nakhalah | زياد النخالة | Ziyad al-Nakhalah | زياد النخالة; Ziyad al-Nakhalah
fathi-shiqaqi | فتحي الشقاقي | Fathi Shiqaqi | فتحي الشقاقي; الشقاقي; Shiqaqi
khalil-al-wazir | خليل الوزير | Khalil al-Wazir | خليل الوزير; Khalil al-Wazir
george-habash | جورج حبش | George Habash | جورج حبش; George Habash
ahmad-saadat | أحمد سعدات | Ahmad Saadat | أحمد سعدات; Ahmad Saadat
hussein-al-sheikh | حسين الشيخ | Hussein al-Sheikh | حسين الشيخ; Hussein al-Sheikh
riyad-al-maliki | رياض المالكي | Riyad al-Maliki | رياض المالكي; Riyad al-Maliki
benjamin-ben-eliezer | بنيامين بن إليعازر | Benjamin Ben-Eliezer | بن إليعازر; بن اليعازر; Ben-Eliezer
avi-dichter | آفي ديختر | Avi Dichter | ديختر; Dichter
dov-weisglass | دوف فايسغلاس | Dov Weisglass | فايسغلاس; Weisglass
moshe-yaalon | موشيه يعلون | Moshe Ya'alon | يعلون; Ya'alon
gabi-ashkenazi | غابي أشكنازي | Gabi Ashkenazi | أشكنازي; Ashkenazi
gideon-saar | جدعون ساعر | Gideon Sa'ar | جدعون ساعر; Gideon Sa'ar
israel-katz | يسرائيل كاتس | Israel Katz | يسرائيل كاتس; Israel Katz
herzi-halevi | هرتسي هاليفي | Herzi Halevi | هرتسي هاليفي
avichay-adraee | أفيخاي أدرعي | Avichay Adraee | أدرعي; Adraee
yossi-beilin | يوسي بيلين | Yossi Beilin | يوسي بيلين; Yossi Beilin
kamal-ganzouri | كمال الجنزوري | Kamal Ganzouri | كمال الجنزوري; الجنزوري; Ganzouri
safwat-el-sherif | صفوت الشريف | Safwat El-Sherif | صفوت الشريف; Safwat El-Sherif
habib-el-adly | حبيب العادلي | Habib el-Adly | حبيب العادلي; العادلي; el-Adly
ayman-nour | أيمن نور | Ayman Nour | أيمن نور; Ayman Nour
hisham-qandil | هشام قنديل | Hisham Qandil | هشام قنديل; Hisham Qandil
mostafa-madbouly | مصطفى مدبولي | Mostafa Madbouly | مصطفى مدبولي; مدبولي; Madbouly
ahmed-el-tayeb | أحمد الطيب | Ahmed el-Tayeb | أحمد الطيب; Ahmed el-Tayeb
pope-shenouda-iii | البابا شنودة الثالث | Pope Shenouda III | شنودة الثالث; البابا شنودة; شنودة; Shenouda
pope-tawadros-ii | البابا تواضروس الثاني | Pope Tawadros II | تواضروس الثاني; تواضروس; Tawadros
mahmoud-el-khatib | محمود الخطيب | Mahmoud El Khatib | محمود الخطيب; Mahmoud El Khatib
hossam-hassan | حسام حسن | Hossam Hassan | حسام حسن; Hossam Hassan
sherine-abdel-wahab | شيرين عبد الوهاب | Sherine Abdel Wahab | شيرين عبد الوهاب; Sherine Abdel Wahab
mohammed-abdel-wahab | محمد عبد الوهاب | Mohammed Abdel Wahab | محمد عبد الوهاب; Mohammed Abdel Wahab
shadia | شادية | Shadia | شادية; Shadia
tahia-carioca | تحية كاريوكا | Tahia Carioca | تحية كاريوكا; كاريوكا; Tahia Carioca
farid-al-atrash | فريد الأطرش | Farid al-Atrash | فريد الأطرش; Farid al-Atrash
asmahan | أسمهان | Asmahan | أسمهان; Asmahan
ahmad-al-fahad | أحمد الفهد | Ahmad Al-Fahad Al-Sabah | أحمد الفهد; Ahmad al-Fahad
khalid-bin-sultan | خالد بن سلطان | Khalid bin Sultan | خالد بن سلطان; Khalid bin Sultan
abdulaziz-bin-salman | عبد العزيز بن سلمان | Abdulaziz bin Salman | عبد العزيز بن سلمان; Abdulaziz bin Salman
ali-al-naimi | علي النعيمي | Ali al-Naimi | علي النعيمي; Ali al-Naimi
ghazi-al-gosaibi | غازي القصيبي | Ghazi al-Gosaibi | غازي القصيبي; القصيبي; al-Gosaibi
khalid-al-attiyah | خالد العطية | Khalid al-Attiyah | خالد العطية; Khalid al-Attiyah
anwar-gargash | أنور قرقاش | Anwar Gargash | أنور قرقاش; قرقاش; Gargash
saif-bin-zayed | سيف بن زايد | Saif bin Zayed | سيف بن زايد; Saif bin Zayed
hamdan-bin-zayed | حمدان بن زايد | Hamdan bin Zayed | حمدان بن زايد; Hamdan bin Zayed
dhahi-khalfan | ضاحي خلفان | Dhahi Khalfan | ضاحي خلفان; Dhahi Khalfan
khalid-bin-ahmed-al-khalifa | خالد بن أحمد آل خليفة | Khalid bin Ahmed Al Khalifa | خالد بن أحمد آل خليفة; Khalid bin Ahmed Al Khalifa
badr-albusaidi | بدر البوسعيدي | Badr Albusaidi | بدر البوسعيدي; البوسعيدي; Albusaidi
abdelelah-al-khatib | عبد الإله الخطيب | Abdelelah al-Khatib | عبد الإله الخطيب; عبد الاله الخطيب; Abdelelah al-Khatib
marwan-muasher | مروان المعشر | Marwan Muasher | مروان المعشر; المعشر; Muasher
faisal-al-fayez | فيصل الفايز | Faisal al-Fayez | فيصل الفايز; Faisal al-Fayez
samir-rifai | سمير الرفاعي | Samir Rifai | سمير الرفاعي; Samir Rifai
hassan-bin-talal | الأمير الحسن بن طلال | Prince Hassan bin Talal | الحسن بن طلال; Hassan bin Talal
saif-al-islam-gaddafi | سيف الإسلام القذافي | Saif al-Islam Gaddafi | سيف الإسلام القذافي; Saif al-Islam Gaddafi
abdel-rahman-shalgham | عبد الرحمن شلقم | Abdel Rahman Shalgham | عبد الرحمن شلقم; شلقم; Shalgham
moussa-koussa | موسى كوسا | Moussa Koussa | موسى كوسا; Moussa Koussa
mustafa-abdul-jalil | مصطفى عبد الجليل | Mustafa Abdul Jalil | مصطفى عبد الجليل; Mustafa Abdul Jalil
abdul-hamid-dbeibah | عبد الحميد الدبيبة | Abdul Hamid Dbeibah | عبد الحميد الدبيبة; الدبيبة; Dbeibah
aguila-saleh | عقيلة صالح | Aguila Saleh | عقيلة صالح; Aguila Saleh
liamine-zeroual | اليمين زروال | Liamine Zéroual | اليمين زروال; زروال; Zeroual
ahmed-ouyahia | أحمد أويحيى | Ahmed Ouyahia | أويحيى; Ouyahia
abdelaziz-belkhadem | عبد العزيز بلخادم | Abdelaziz Belkhadem | بلخادم; Belkhadem
mourad-medelci | مراد مدلسي | Mourad Medelci | مدلسي; Medelci
houari-boumediene | هواري بومدين | Houari Boumediene | بومدين; Boumediene
ahmed-ben-bella | أحمد بن بلة | Ahmed Ben Bella | أحمد بن بلة; بن بلة; Ben Bella
ali-belhadj | علي بلحاج | Ali Belhadj | علي بلحاج; Ali Belhadj
mohamed-benaissa | محمد بن عيسى | Mohamed Benaissa | محمد بن عيسى; Mohamed Benaissa
taieb-fassi-fihri | الطيب الفاسي الفهري | Taieb Fassi Fihri | الطيب الفاسي الفهري; الفاسي الفهري; Fassi Fihri
nasser-bourita | ناصر بوريطة | Nasser Bourita | ناصر بوريطة; بوريطة; Bourita
aziz-akhannouch | عزيز أخنوش | Aziz Akhannouch | عزيز أخنوش; أخنوش; Akhannouch
abderrahmane-youssoufi | عبد الرحمن اليوسفي | Abderrahmane Youssoufi | عبد الرحمن اليوسفي; Youssoufi
kamel-morjane | كمال مرجان | Kamel Morjane | كمال مرجان; Kamel Morjane
mohamed-ghannouchi | محمد الغنوشي | Mohamed Ghannouchi | محمد الغنوشي; Mohamed Ghannouchi
hamadi-jebali | حمادي الجبالي | Hamadi Jebali | حمادي الجبالي; Hamadi Jebali
mohamed-bouazizi | محمد البوعزيزي | Mohamed Bouazizi | محمد البوعزيزي; البوعزيزي; Bouazizi
ali-osman-taha | علي عثمان محمد طه | Ali Osman Taha | علي عثمان محمد طه; علي عثمان طه; Ali Osman Taha
lam-akol | لام أكول | Lam Akol | لام أكول; Lam Akol
minni-minnawi | مني أركو مناوي | Minni Minnawi | مني أركو مناوي; مني مناوي; مناوي; Minnawi
abdul-wahid-al-nur | عبد الواحد محمد نور | Abdul Wahid al-Nur | عبد الواحد محمد نور; عبد الواحد نور; Abdul Wahid al-Nur
abdel-fattah-al-burhan | عبد الفتاح البرهان | Abdel Fattah al-Burhan | عبد الفتاح البرهان; Abdel Fattah al-Burhan
mohamed-hamdan-dagalo | محمد حمدان دقلو | Mohamed Hamdan Dagalo | محمد حمدان دقلو; حميدتي; Hemedti
abdalla-hamdok | عبد الله حمدوك | Abdalla Hamdok | عبد الله حمدوك; حمدوك; Hamdok
ali-mohamed-gedi | علي محمد جيدي | Ali Mohamed Gedi | علي محمد جيدي; Ali Mohamed Gedi
hassan-dahir-aweys | حسن طاهر أويس | Hassan Dahir Aweys | حسن طاهر أويس; Hassan Dahir Aweys
mohamed-farrah-aidid | محمد فارح عيديد | Mohamed Farrah Aidid | محمد فارح عيديد; عيديد; Aidid
abdiqasim-salad-hassan | عبدي قاسم صلاد حسن | Abdiqasim Salad Hassan | عبدي قاسم صلاد حسن; صلاد حسن; Abdiqasim Salad Hassan
hassan-sheikh-mohamud | حسن شيخ محمود | Hassan Sheikh Mohamud | حسن شيخ محمود; Hassan Sheikh Mohamud
maaouya-ould-taya | معاوية ولد سيد أحمد الطايع | Maaouya Ould Taya | معاوية ولد الطايع; ولد الطايع; Ould Taya
sidi-ould-cheikh-abdallahi | سيدي ولد الشيخ عبد الله | Sidi Ould Cheikh Abdallahi | سيدي ولد الشيخ عبد الله; Sidi Ould Cheikh Abdallahi
tawakkol-karman | توكل كرمان | Tawakkol Karman | توكل كرمان; Tawakkol Karman
hussein-al-houthi | حسين بدر الدين الحوثي | Hussein Badreddin al-Houthi | حسين بدر الدين الحوثي; حسين الحوثي
kamal-kharrazi | كمال خرازي | Kamal Kharrazi | خرازي; Kharrazi
mahmoud-hashemi-shahroudi | محمود هاشمي شاهرودي | Mahmoud Hashemi Shahroudi | هاشمي شاهرودي; شاهرودي; Shahroudi
yahya-rahim-safavi | يحيى رحيم صفوي | Yahya Rahim Safavi | رحيم صفوي; Rahim Safavi
mohammad-ali-jafari | محمد علي جعفري | Mohammad Ali Jafari | محمد علي جعفري; Mohammad Ali Jafari
hossein-salami | حسين سلامي | Hossein Salami | حسين سلامي; Hossein Salami
esmail-qaani | إسماعيل قاآني | Esmail Qaani | قاآني; Qaani
mojtaba-khamenei | مجتبى خامنئي | Mojtaba Khamenei | مجتبى خامنئي; Mojtaba Khamenei
gholamreza-aghazadeh | غلام رضا آقازاده | Gholam Reza Aghazadeh | آقازاده; Aghazadeh
ali-asghar-soltanieh | علي أصغر سلطانية | Ali Asghar Soltanieh | علي أصغر سلطانية; Soltanieh
suleyman-demirel | سليمان ديميريل | Süleyman Demirel | ديميريل; Demirel
turgut-ozal | تورغوت أوزال | Turgut Özal | أوزال; Özal; Ozal
tansu-ciller | تانسو تشيلر | Tansu Çiller | تشيلر; Ciller
devlet-bahceli | دولت بهتشلي | Devlet Bahçeli | بهتشلي; Bahceli
selahattin-demirtas | صلاح الدين دميرتاش | Selahattin Demirtaş | دميرتاش; Demirtas
olusegun-obasanjo | أولوسيغون أوباسانجو | Olusegun Obasanjo | أوباسانجو; Obasanjo
umaru-yaradua | عمر يارادوا | Umaru Yar'Adua | يارادوا; Yar'Adua
jacob-zuma | جاكوب زوما | Jacob Zuma | زوما; Zuma
cyril-ramaphosa | سيريل رامافوزا | Cyril Ramaphosa | رامافوزا; Ramaphosa
yoweri-museveni | يويري موسيفيني | Yoweri Museveni | موسيفيني; Museveni
paul-kagame | بول كاغامي | Paul Kagame | كاغامي; Kagame
mwai-kibaki | مواي كيباكي | Mwai Kibaki | كيباكي; Kibaki
raila-odinga | رايلا أودينغا | Raila Odinga | أودينغا; Odinga
laurent-gbagbo | لوران غباغبو | Laurent Gbagbo | غباغبو; Gbagbo
alassane-ouattara | الحسن واتارا | Alassane Ouattara | واتارا; Ouattara
abdoulaye-wade | عبد الله واد | Abdoulaye Wade | عبد الله واد; Abdoulaye Wade
macky-sall | ماكي سال | Macky Sall | ماكي سال; Macky Sall
joseph-kabila | جوزيف كابيلا | Joseph Kabila | جوزيف كابيلا
ellen-johnson-sirleaf | إلين جونسون سيرليف | Ellen Johnson Sirleaf | سيرليف; Sirleaf
jakaya-kikwete | جاكايا كيكويتي | Jakaya Kikwete | كيكويتي; Kikwete
abiy-ahmed | آبي أحمد | Abiy Ahmed | آبي أحمد; Abiy Ahmed
amadou-toumani-toure | أمادو توماني توري | Amadou Toumani Touré | أمادو توماني توري; Amadou Toumani Touré
blaise-compaore | بليز كومباوري | Blaise Compaoré | كومباوري; Compaoré
denis-sassou-nguesso | دينيس ساسو نغيسو | Denis Sassou Nguesso | ساسو نغيسو; Sassou Nguesso
omar-bongo | عمر بونغو | Omar Bongo | عمر بونغو; Omar Bongo
jean-ping | جان بينغ | Jean Ping | جان بينغ; Jean Ping
moussa-faki | موسى فقي محمد | Moussa Faki Mahamat | موسى فقي محمد; موسى فقي; Moussa Faki
dilma-rousseff | ديلما روسيف | Dilma Rousseff | روسيف; Rousseff
jair-bolsonaro | جايير بولسونارو | Jair Bolsonaro | بولسونارو; Bolsonaro
alvaro-uribe | ألفارو أوريبي | Álvaro Uribe | أوريبي; Uribe
nestor-kirchner | نستور كيرشنر | Néstor Kirchner | نستور كيرشنر; Néstor Kirchner
daniel-ortega | دانيال أورتيغا | Daniel Ortega | أورتيغا; Ortega
michelle-bachelet | ميشيل باشليه | Michelle Bachelet | باشليه; Bachelet
augusto-pinochet | أوغستو بينوشيه | Augusto Pinochet | بينوشيه; Pinochet
alberto-fujimori | ألبرتو فوجيموري | Alberto Fujimori | فوجيموري; Fujimori
alessandro-del-piero | أليساندرو ديل بييرو | Alessandro Del Piero | ديل بييرو
paolo-maldini | باولو مالديني | Paolo Maldini | مالديني; Maldini
alessandro-nesta | أليساندرو نيستا | Alessandro Nesta | نيستا; Nesta
christian-vieri | كريستيان فييري | Christian Vieri | فييري; Vieri
filippo-inzaghi | فيليبو إنزاغي | Filippo Inzaghi | إنزاغي; Inzaghi
gennaro-gattuso | جينارو غاتوزو | Gennaro Gattuso | غاتوزو; Gattuso
david-trezeguet | ديفيد تريزيغيه | David Trezeguet | تريزيغيه; تريزيجيه; Trezeguet
gianluca-zambrotta | جانلوكا زامبروتا | Gianluca Zambrotta | زامبروتا; Zambrotta
mauro-camoranesi | ماورو كامورانيزي | Mauro Camoranesi | كامورانيزي; Camoranesi
pavel-nedved | بافل نيدفيد | Pavel Nedvěd | نيدفيد; Nedved
andres-iniesta | أندريس إنييستا | Andrés Iniesta | إنييستا; Iniesta
carles-puyol | كارليس بويول | Carles Puyol | بويول; Puyol
ruud-gullit | رود خوليت | Ruud Gullit | خوليت; Gullit
dennis-bergkamp | دينيس بيركامب | Dennis Bergkamp | بيركامب; Bergkamp
wesley-sneijder | ويسلي سنايدر | Wesley Sneijder | ويسلي سنايدر
miroslav-klose | ميروسلاف كلوزه | Miroslav Klose | كلوزه; Klose
oliver-kahn | أوليفر كان | Oliver Kahn | أوليفر كان; Oliver Kahn
bastian-schweinsteiger | باستيان شفاينشتايغر | Bastian Schweinsteiger | شفاينشتايغر; Schweinsteiger
joachim-low | يواكيم لوف | Joachim Löw | يواكيم لوف; Joachim Löw
vicente-del-bosque | فيسنتي ديل بوسكي | Vicente del Bosque | ديل بوسكي
luis-aragones | لويس أراغونيس | Luis Aragonés | أراغونيس; Aragonés
bora-milutinovic | بورا ميلوتينوفيتش | Bora Milutinović | ميلوتينوفيتش; Milutinovic
luis-suarez | لويس سواريز | Luis Suárez | لويس سواريز; Luis Suárez
mohamed-al-deayea | محمد الدعيع | Mohamed Al-Deayea | محمد الدعيع; الدعيع; Al-Deayea
younis-mahmoud | يونس محمود | Younis Mahmoud | يونس محمود; Younis Mahmoud
said-aouita | سعيد عويطة | Said Aouita | سعيد عويطة; عويطة; Aouita
nawal-el-moutawakel | نوال المتوكل | Nawal El Moutawakel | نوال المتوكل; Nawal El Moutawakel
hassiba-boulmerka | حسيبة بولمرقة | Hassiba Boulmerka | حسيبة بولمرقة; بولمرقة; Boulmerka
noureddine-morceli | نور الدين مرسلي | Noureddine Morceli | نور الدين مرسلي; Morceli
nasser-al-attiyah | ناصر العطية | Nasser Al-Attiyah | ناصر العطية; Nasser Al-Attiyah
mutaz-barshim | معتز برشم | Mutaz Essa Barshim | معتز برشم; برشم; Barshim
lleyton-hewitt | ليتون هيويت | Lleyton Hewitt | هيويت; Hewitt
andy-roddick | آندي روديك | Andy Roddick | آندي روديك
marat-safin | مارات سافين | Marat Safin | سافين; Safin
kim-clijsters | كيم كلايسترز | Kim Clijsters | كلايسترز; Clijsters
amelie-mauresmo | أميلي موريسمو | Amélie Mauresmo | موريسمو; Mauresmo
martina-hingis | مارتينا هينغيس | Martina Hingis | هينغيس; Hingis
svetlana-kuznetsova | سفيتلانا كوزنتسوفا | Svetlana Kuznetsova | كوزنتسوفا; Kuznetsova
elena-dementieva | إيلينا ديمنتييفا | Elena Dementieva | ديمنتييفا; Dementieva
jelena-jankovic | يلينا يانكوفيتش | Jelena Janković | يانكوفيتش; Jankovic
ana-ivanovic | آنا إيفانوفيتش | Ana Ivanović | إيفانوفيتش; Ivanovic
nikolay-davydenko | نيكولاي دافيدينكو | Nikolay Davydenko | دافيدينكو; Davydenko
rubens-barrichello | روبنز باريكيلو | Rubens Barrichello | باريكيلو; Barrichello
felipe-massa | فيليبي ماسا | Felipe Massa | فيليبي ماسا; Felipe Massa
juan-pablo-montoya | خوان بابلو مونتويا | Juan Pablo Montoya | مونتويا; Montoya
jenson-button | جنسون باتون | Jenson Button | جنسون باتون; Jenson Button
shaquille-oneal | شاكيل أونيل | Shaquille O'Neal | شاكيل أونيل; Shaquille O'Neal
majida-el-roumi | ماجدة الرومي | Majida El Roumi | ماجدة الرومي; Majida El Roumi
assala-nasri | أصالة نصري | Assala Nasri | أصالة نصري; Assala Nasri
abdul-majeed-abdullah | عبد المجيد عبد الله | Abdul Majeed Abdullah | عبد المجيد عبد الله; Abdul Majeed Abdullah
hussain-al-jassmi | حسين الجسمي | Hussain Al Jassmi | حسين الجسمي; الجسمي; Al Jassmi
mohammed-assaf | محمد عساف | Mohammed Assaf | محمد عساف; Mohammed Assaf
mohamed-henedi | محمد هنيدي | Mohamed Henedi | محمد هنيدي; هنيدي; Henedi
yehia-el-fakharany | يحيى الفخراني | Yehia El-Fakharany | يحيى الفخراني; الفخراني; El-Fakharany
ghada-al-samman | غادة السمان | Ghada al-Samman | غادة السمان; Ghada al-Samman
ahlam-mosteghanemi | أحلام مستغانمي | Ahlam Mosteghanemi | أحلام مستغانمي; مستغانمي; Mosteghanemi
abdul-rahman-munif | عبد الرحمن منيف | Abdul Rahman Munif | عبد الرحمن منيف; Abdul Rahman Munif
jabra-ibrahim-jabra | جبرا إبراهيم جبرا | Jabra Ibrahim Jabra | جبرا إبراهيم جبرا; Jabra Ibrahim Jabra
samih-al-qasim | سميح القاسم | Samih al-Qasim | سميح القاسم; Samih al-Qasim
fadwa-tuqan | فدوى طوقان | Fadwa Tuqan | فدوى طوقان; Fadwa Tuqan
nazik-al-malaika | نازك الملائكة | Nazik al-Malaika | نازك الملائكة; Nazik al-Malaika
abdul-wahhab-al-bayati | عبد الوهاب البياتي | Abdul Wahhab al-Bayati | عبد الوهاب البياتي; البياتي; al-Bayati
muhammad-al-maghut | محمد الماغوط | Muhammad al-Maghut | محمد الماغوط; الماغوط; al-Maghut
ameen-rihani | أمين الريحاني | Ameen Rihani | أمين الريحاني; Ameen Rihani
mustafa-lutfi-al-manfaluti | مصطفى لطفي المنفلوطي | Mustafa Lutfi al-Manfaluti | مصطفى لطفي المنفلوطي; المنفلوطي; al-Manfaluti
yahya-haqqi | يحيى حقي | Yahya Haqqi | يحيى حقي; Yahya Haqqi
abdel-wahab-elmessiri | عبد الوهاب المسيري | Abdel Wahab Elmessiri | عبد الوهاب المسيري; المسيري; Elmessiri
mohammed-arkoun | محمد أركون | Mohammed Arkoun | محمد أركون; أركون; Arkoun
mohammed-abed-al-jabri | محمد عابد الجابري | Mohammed Abed al-Jabri | محمد عابد الجابري; عابد الجابري; al-Jabri
amr-khaled | عمرو خالد | Amr Khaled | عمرو خالد; Amr Khaled
jamal-al-din-al-afghani | جمال الدين الأفغاني | Jamal al-Din al-Afghani | جمال الدين الأفغاني; Jamal al-Din al-Afghani
rifaa-al-tahtawi | رفاعة الطهطاوي | Rifa'a al-Tahtawi | رفاعة الطهطاوي; رفاعة رافع الطهطاوي; الطهطاوي; al-Tahtawi
saad-zaghloul | سعد زغلول | Saad Zaghloul | سعد زغلول; Saad Zaghloul
mustafa-kamil | مصطفى كامل | Mustafa Kamil | مصطفى كامل; Mustafa Kamil
ibn-al-haytham | ابن الهيثم | Ibn al-Haytham | ابن الهيثم; Ibn al-Haytham; Alhazen
al-jahiz | الجاحظ | al-Jahiz | الجاحظ; al-Jahiz
al-razi | أبو بكر الرازي | Abu Bakr al-Razi | أبو بكر الرازي; الرازي; Rhazes
al-tabari | الطبري | al-Tabari | الطبري; al-Tabari
al-masudi | المسعودي | al-Masudi | المسعودي; al-Masudi
ibn-arabi | ابن عربي | Ibn Arabi | ابن عربي; Ibn Arabi
al-bukhari | محمد بن إسماعيل البخاري | Muhammad al-Bukhari | محمد بن إسماعيل البخاري; al-Bukhari
abu-nuwas | أبو نواس | Abu Nuwas | أبو نواس; Abu Nuwas
al-maarri | أبو العلاء المعري | Abu al-Ala al-Maarri | أبو العلاء المعري; المعري; al-Maarri
imru-al-qais | امرؤ القيس | Imru' al-Qais | امرؤ القيس; امرئ القيس; Imru al-Qais
antarah-ibn-shaddad | عنترة بن شداد | Antarah ibn Shaddad | عنترة بن شداد; عنترة; Antarah
al-khansa | الخنساء | al-Khansa | الخنساء; al-Khansa
omar-khayyam | عمر الخيام | Omar Khayyam | عمر الخيام; Omar Khayyam
ferdowsi | الفردوسي | Ferdowsi | الفردوسي; Ferdowsi
rumi | جلال الدين الرومي | Rumi | جلال الدين الرومي; Rumi
thomas-edison | توماس إديسون | Thomas Edison | إديسون; اديسون
nikola-tesla | نيكولا تسلا | Nikola Tesla | نيكولا تسلا; Nikola Tesla
archimedes | أرخميدس | Archimedes | أرخميدس; Archimedes
pythagoras | فيثاغورس | Pythagoras | فيثاغورس; Pythagoras
euclid | إقليدس | Euclid | إقليدس; Euclid
hippocrates | أبقراط | Hippocrates | أبقراط; Hippocrates
mark-twain | مارك توين | Mark Twain | مارك توين; Mark Twain
george-bernard-shaw | جورج برنارد شو | George Bernard Shaw | جورج برنارد شو; برنارد شو; Bernard Shaw
jules-verne | جول فيرن | Jules Verne | جول فيرن; Jules Verne
oscar-wilde | أوسكار وايلد | Oscar Wilde | أوسكار وايلد; Oscar Wilde
voltaire | فولتير | Voltaire | فولتير; Voltaire
jean-jacques-rousseau | جان جاك روسو | Jean-Jacques Rousseau | جان جاك روسو
hegel | هيغل | Georg Wilhelm Friedrich Hegel | هيغل; Hegel
immanuel-kant | إيمانويل كانط | Immanuel Kant | كانط; Kant
rene-descartes | رينيه ديكارت | René Descartes | ديكارت; Descartes
dante-alighieri | دانتي أليغييري | Dante Alighieri | دانتي أليغييري
goethe | يوهان فولفغانغ فون غوته | Johann Wolfgang von Goethe | غوته; Goethe
anthony-hopkins | أنتوني هوبكنز | Anthony Hopkins | أنتوني هوبكنز; Anthony Hopkins
sean-connery | شون كونري | Sean Connery | شون كونري; Sean Connery
tom-hanks | توم هانكس | Tom Hanks | توم هانكس; Tom Hanks
michelangelo | مايكل أنجلو | Michelangelo | مايكل أنجلو; ميكيلانجيلو; Michelangelo
rembrandt | رامبرانت | Rembrandt | رامبرانت; Rembrandt
salvador-dali | سلفادور دالي | Salvador Dalí | سلفادور دالي; Salvador Dalí
claude-monet | كلود مونيه | Claude Monet | كلود مونيه; Claude Monet
bahia-hariri | بهية الحريري | Bahiya Hariri | بهية الحريري
marwan-hamadeh | مروان حمادة | Marwan Hamadeh | مروان حمادة
george-hawi | جورج حاوي | George Hawi | جورج حاوي
walid-eido | وليد عيدو | Walid Eido | وليد عيدو
antoine-ghanem | أنطوان غانم | Antoine Ghanem | أنطوان غانم
talal-arslan | طلال أرسلان | Talal Arslan | طلال أرسلان; طلال ارسلان
omar-karami | عمر كرامي | Omar Karami | عمر كرامي
rashid-karami | رشيد كرامي | Rashid Karami | رشيد كرامي
mohammad-hussein-fadlallah | محمد حسين فضل الله | Mohammad Hussein Fadlallah | محمد حسين فضل الله; السيد محمد حسين فضل الله
subhi-al-tufayli | صبحي الطفيلي | Subhi al-Tufayli | صبحي الطفيلي
abbas-al-musawi | عباس الموسوي | Abbas al-Musawi | عباس الموسوي
mohammad-raad | محمد رعد | Mohammad Raad | محمد رعد
sami-gemayel | سامي الجميل | Sami Gemayel | سامي الجميل
bachir-gemayel | بشير الجميل | Bachir Gemayel | بشير الجميل
camille-chamoun | كميل شمعون | Camille Chamoun | كميل شمعون; كميل شمعون
dory-chamoun | دوري شمعون | Dory Chamoun | دوري شمعون
rene-moawad | رينيه معوض | René Moawad | رينيه معوض; رينه معوض
nayla-moawad | نايلة معوض | Nayla Moawad | نايلة معوض
issam-fares | عصام فارس | Issam Fares | عصام فارس
hussein-el-husseini | حسين الحسيني | Hussein el-Husseini | حسين الحسيني
fawzi-salloukh | فوزي صلوخ | Fawzi Salloukh | فوزي صلوخ
jean-obeid | جان عبيد | Jean Obeid | جان عبيد
wissam-al-hassan | وسام الحسن | Wissam al-Hassan | وسام الحسن
ashraf-rifi | أشرف ريفي | Ashraf Rifi | أشرف ريفي
rustum-ghazaleh | رستم غزالي | Rustum Ghazaleh | رستم غزالي; رستم غزالة
michel-samaha | ميشال سماحة | Michel Samaha | ميشال سماحة; ميشيل سماحة
carlos-edde | كارلوس إده | Carlos Eddé | كارلوس إده
michel-murr | ميشال المر | Michel Murr | ميشال المر; ميشيل المر
fouad-boutros | فؤاد بطرس | Fouad Boutros | فؤاد بطرس
riad-al-solh | رياض الصلح | Riad al-Solh | رياض الصلح
bechara-el-khoury | بشارة الخوري | Bechara El Khoury | بشارة الخوري
kamal-jumblatt | كمال جنبلاط | Kamal Jumblatt | كمال جنبلاط
taymour-jumblatt | تيمور جنبلاط | Taymour Jumblatt | تيمور جنبلاط
mohammed-rashid-qabbani | محمد رشيد قباني | Mohammed Rashid Qabbani | محمد رشيد قباني; المفتي قباني
abdul-amir-qabalan | عبد الأمير قبلان | Abdul Amir Qabalan | عبد الأمير قبلان; عبد الامير قبلان
mohammad-mahdi-shamseddine | محمد مهدي شمس الدين | Mohammad Mahdi Shamseddine | محمد مهدي شمس الدين
naji-al-otari | محمد ناجي العطري | Mohammad Naji al-Otari | محمد ناجي عطري; ناجي العطري; ناجي عطري
muhammad-mustafa-mero | محمد مصطفى ميرو | Muhammad Mustafa Mero | محمد مصطفى ميرو; مصطفى ميرو
bouthaina-shaaban | بثينة شعبان | Bouthaina Shaaban | بثينة شعبان
imad-moustapha | عماد مصطفى | Imad Moustapha | عماد مصطفى
hassan-turkmani | حسن توركماني | Hassan Turkmani | حسن توركماني; حسن تركماني
dawoud-rajiha | داود راجحة | Dawoud Rajiha | داود راجحة; داوود راجحة
ali-mamlouk | علي مملوك | Ali Mamlouk | علي مملوك
riyad-hijab | رياض حجاب | Riyad Hijab | رياض حجاب
wael-al-halqi | وائل الحلقي | Wael al-Halqi | وائل الحلقي
rami-makhlouf | رامي مخلوف | Rami Makhlouf | رامي مخلوف
asma-al-assad | أسماء الأسد | Asma al-Assad | أسماء الأسد
basil-al-assad | باسل الأسد | Basil al-Assad | باسل الأسد
abdullah-dardari | عبد الله الدردري | Abdullah Dardari | عبد الله الدردري; عبدالله الدردري; الدردري; Dardari
riad-al-turk | رياض الترك | Riad al-Turk | رياض الترك
haitham-al-maleh | هيثم المالح | Haitham al-Maleh | هيثم المالح
aref-dalila | عارف دليلة | Aref Dalila | عارف دليلة
riad-seif | رياض سيف | Riad Seif | رياض سيف
george-sabra | جورج صبرا | George Sabra | جورج صبرا
kamal-al-labwani | كمال اللبواني | Kamal al-Labwani | كمال اللبواني
michel-aflaq | ميشال عفلق | Michel Aflaq | ميشال عفلق; ميشيل عفلق; عفلق; Aflaq
shukri-al-quwatli | شكري القوتلي | Shukri al-Quwatli | شكري القوتلي; القوتلي; Quwatli
sultan-al-atrash | سلطان باشا الأطرش | Sultan al-Atrash | سلطان باشا الأطرش; سلطان الأطرش
youssef-al-azma | يوسف العظمة | Youssef al-Azma | يوسف العظمة
izz-ad-din-al-qassam | عز الدين القسام | Izz ad-Din al-Qassam | عز الدين القسام; الشيخ عز الدين القسام
amin-al-husseini | الحاج أمين الحسيني | Amin al-Husseini | أمين الحسيني; الحاج أمين الحسيني
abd-al-qadir-al-husseini | عبد القادر الحسيني | Abd al-Qadir al-Husseini | عبد القادر الحسيني
faisal-husseini | فيصل الحسيني | Faisal Husseini | فيصل الحسيني
haidar-abdel-shafi | حيدر عبد الشافي | Haidar Abdel-Shafi | حيدر عبد الشافي
salah-shehadeh | صلاح شحادة | Salah Shehadeh | صلاح شحادة
yahya-ayyash | يحيى عياش | Yahya Ayyash | يحيى عياش
ismail-abu-shanab | إسماعيل أبو شنب | Ismail Abu Shanab | إسماعيل أبو شنب
ibrahim-al-maqadmeh | إبراهيم المقادمة | Ibrahim al-Maqadmeh | إبراهيم المقادمة
nizar-rayan | نزار ريان | Nizar Rayan | نزار ريان
ahmed-jabari | أحمد الجعبري | Ahmed Jabari | أحمد الجعبري
adnan-al-ghoul | عدنان الغول | Adnan al-Ghoul | عدنان الغول
nabil-amr | نبيل عمرو | Nabil Amr | نبيل عمرو
rawhi-fattouh | روحي فتوح | Rawhi Fattouh | روحي فتوح
nasser-al-kidwa | ناصر القدوة | Nasser al-Kidwa | ناصر القدوة
zakaria-zubeidi | زكريا الزبيدي | Zakaria Zubeidi | زكريا الزبيدي
mushir-al-masri | مشير المصري | Mushir al-Masri | مشير المصري
fawzi-barhoum | فوزي برهوم | Fawzi Barhoum | فوزي برهوم
osama-hamdan | أسامة حمدان | Osama Hamdan | أسامة حمدان
izzat-al-rishq | عزت الرشق | Izzat al-Rishq | عزت الرشق
mohammed-nazzal | محمد نزال | Mohammed Nazzal | محمد نزال
khaled-al-batsh | خالد البطش | Khaled al-Batsh | خالد البطش
abu-ali-mustafa | أبو علي مصطفى | Abu Ali Mustafa | أبو علي مصطفى
nayef-hawatmeh | نايف حواتمة | Nayef Hawatmeh | نايف حواتمة; حواتمة; Hawatmeh
bassam-al-salhi | بسام الصالحي | Bassam al-Salhi | بسام الصالحي
tayeb-abdel-rahim | الطيب عبد الرحيم | Tayeb Abdel Rahim | الطيب عبد الرحيم
azzam-al-ahmad | عزام الأحمد | Azzam al-Ahmad | عزام الأحمد
tawfiq-tirawi | توفيق الطيراوي | Tawfiq Tirawi | توفيق الطيراوي
moussa-arafat | موسى عرفات | Moussa Arafat | موسى عرفات
suha-arafat | سهى عرفات | Suha Arafat | سهى عرفات
ikrima-sabri | عكرمة صبري | Ikrima Sabri | عكرمة صبري; الشيخ عكرمة صبري
raed-salah | رائد صلاح | Raed Salah | رائد صلاح; الشيخ رائد صلاح
mohammad-barakeh | محمد بركة | Mohammad Barakeh | محمد بركة
jamal-zahalka | جمال زحالقة | Jamal Zahalka | جمال زحالقة; زحالقة; Zahalka
salah-khalaf | صلاح خلف | Salah Khalaf | صلاح خلف; أبو إياد
abu-nidal | أبو نضال | Abu Nidal | أبو نضال; صبري البنا
wadie-haddad | وديع حداد | Wadie Haddad | وديع حداد
leila-khaled | ليلى خالد | Leila Khaled | ليلى خالد
ahmed-jibril | أحمد جبريل | Ahmed Jibril | أحمد جبريل
sari-nusseibeh | سري نسيبة | Sari Nusseibeh | سري نسيبة
samir-mashharawi | سمير المشهراوي | Samir Mashharawi | سمير المشهراوي
mahmoud-al-habbash | محمود الهباش | Mahmoud al-Habbash | محمود الهباش
jamal-al-khudari | جمال الخضري | Jamal al-Khudari | جمال الخضري
abdel-bari-atwan | عبد الباري عطوان | Abdel Bari Atwan | عبد الباري عطوان; عبدالباري عطوان
mowaffak-al-rubaie | موفق الربيعي | Mowaffak al-Rubaie | موفق الربيعي
jawad-al-bulani | جواد البولاني | Jawad al-Bulani | جواد البولاني; البولاني; Bulani
abdul-qadir-obeidi | عبد القادر العبيدي | Abdul Qadir Obeidi | عبد القادر العبيدي; عبد القادر محمد جاسم العبيدي
ali-al-dabbagh | علي الدباغ | Ali al-Dabbagh | علي الدباغ
khalaf-al-alyan | خلف العليان | Khalaf al-Alyan | خلف العليان
zafer-al-ani | ظافر العاني | Zafer al-Ani | ظافر العاني
rafi-al-issawi | رافع العيساوي | Rafi al-Issawi | رافع العيساوي
rowsch-shaways | روز نوري شاويس | Rowsch Nuri Shaways | روز نوري شاويس; روش نوري شاويس
humam-hamoudi | همام حمودي | Humam Hamoudi | همام حمودي
jalal-al-din-al-saghir | جلال الدين الصغير | Jalal al-Din al-Saghir | جلال الدين الصغير
muhammad-al-yaqoubi | محمد اليعقوبي | Muhammad al-Yaqoubi | محمد اليعقوبي
bashir-al-najafi | بشير النجفي | Bashir al-Najafi | بشير النجفي; بشير حسين النجفي
muhammad-saeed-al-hakim | محمد سعيد الحكيم | Muhammad Saeed al-Hakim | محمد سعيد الحكيم
ishaq-al-fayyad | محمد إسحاق الفياض | Muhammad Ishaq al-Fayyad | إسحاق الفياض; محمد إسحاق الفياض
mohammad-sadiq-al-sadr | محمد صادق الصدر | Mohammad Sadiq al-Sadr | محمد صادق الصدر; محمد محمد صادق الصدر
mohammad-baqir-al-sadr | محمد باقر الصدر | Mohammad Baqir al-Sadr | محمد باقر الصدر
abd-al-karim-qasim | عبد الكريم قاسم | Abd al-Karim Qasim | عبد الكريم قاسم; عبدالكريم قاسم
ahmed-hassan-al-bakr | أحمد حسن البكر | Ahmed Hassan al-Bakr | أحمد حسن البكر
abdul-salam-arif | عبد السلام عارف | Abdul Salam Arif | عبد السلام عارف
nuri-al-said | نوري السعيد | Nuri al-Said | نوري السعيد
faisal-i-iraq | الملك فيصل الأول | Faisal bin al-Hussein | فيصل الأول; الملك فيصل الأول
faisal-ii-iraq | الملك فيصل الثاني | Faisal bin Ghazi | فيصل الثاني; الملك فيصل الثاني
naji-sabri | ناجي صبري | Naji Sabri | ناجي صبري; ناجي صبري الحديثي
mohammed-al-douri | محمد الدوري | Mohammed al-Douri | محمد الدوري
taha-muhie-eldin-marouf | طه محيي الدين معروف | Taha Muhie-eldin Marouf | طه محيي الدين معروف
sultan-hashim | سلطان هاشم أحمد | Sultan Hashim Ahmad | سلطان هاشم أحمد; سلطان هاشم
awad-al-bandar | عواد البندر | Awad al-Bandar | عواد البندر; عواد حمد البندر
hussein-kamel | حسين كامل | Hussein Kamel | حسين كامل المجيد
sabawi-ibrahim-al-hassan | سبعاوي إبراهيم الحسن | Sabawi Ibrahim al-Hasan | سبعاوي إبراهيم الحسن; سبعاوي; Sabawi
watban-ibrahim-al-hassan | وطبان إبراهيم الحسن | Watban Ibrahim al-Hasan | وطبان إبراهيم الحسن
huda-salih-mahdi-ammash | هدى صالح مهدي عماش | Huda Salih Mahdi Ammash | هدى صالح مهدي عماش; هدى عماش
rihab-taha | رحاب طه | Rihab Taha | رحاب طه
amer-al-saadi | عامر السعدي | Amer al-Saadi | عامر السعدي
raghad-saddam-hussein | رغد صدام حسين | Raghad Saddam Hussein | رغد صدام حسين
sajida-talfah | ساجدة طلفاح | Sajida Talfah | ساجدة طلفاح; ساجدة خير الله طلفاح
raouf-abdel-rahman | رؤوف عبد الرحمن | Raouf Abdel Rahman | رؤوف رشيد عبد الرحمن; رؤوف عبد الرحمن
rizgar-amin | رزكار محمد أمين | Rizgar Mohammed Amin | رزكار محمد أمين; رزكار أمين
khalil-al-dulaimi | خليل الدليمي | Khalil al-Dulaimi | خليل الدليمي
kosrat-rasul | كوسرت رسول علي | Kosrat Rasul Ali | كوسرت رسول علي
mithal-al-alusi | مثال الآلوسي | Mithal al-Alusi | مثال الآلوسي; مثال الالوسي
mishan-al-jabouri | مشعان الجبوري | Mishan al-Jabouri | مشعان الجبوري
ayad-al-samarrai | إياد السامرائي | Ayad al-Samarrai | إياد السامرائي
wafiq-al-samarrai | وفيق السامرائي | Wafiq al-Samarrai | وفيق السامرائي
abu-hamza-al-muhajir | أبو حمزة المهاجر | Abu Hamza al-Muhajir | أبو حمزة المهاجر
abdul-sattar-abu-risha | عبد الستار أبو ريشة | Abdul Sattar Abu Risha | عبد الستار أبو ريشة; عبد الستار أبو ريشه; ستار أبو ريشة
ahmed-abu-risha | أحمد أبو ريشة | Ahmed Abu Risha | أحمد أبو ريشة
fuad-hussein | فؤاد حسين | Fuad Hussein | فؤاد حسين
yitzhak-shamir | إسحاق شامير | Yitzhak Shamir | إسحاق شامير; اسحق شامير; يتسحاق شامير; شامير; Shamir
ezer-weizman | عيزر وايزمن | Ezer Weizman | عيزر وايزمن; عيزر فايتسمان; وايزمن; Weizman
chaim-herzog | حاييم هرتسوغ | Chaim Herzog | حاييم هرتسوغ; حاييم هيرتسوغ
matan-vilnai | متان فيلنائي | Matan Vilnai | متان فيلنائي; ماتان فيلنائي
haim-ramon | حاييم رامون | Haim Ramon | حاييم رامون
roni-bar-on | روني بار أون | Roni Bar-On | روني بار أون
dalia-itzik | داليا إيتسيك | Dalia Itzik | داليا إيتسيك; داليا ايتسيك
dan-meridor | دان مريدور | Dan Meridor | دان مريدور
benny-begin | بيني بيغن | Benny Begin | بيني بيغن; بني بيغن
uzi-landau | عوزي لانداو | Uzi Landau | عوزي لانداو
ovadia-yosef | عوفاديا يوسف | Ovadia Yosef | عوفاديا يوسف; عوفاديا يوسيف
aryeh-deri | أرييه درعي | Aryeh Deri | أرييه درعي; آرييه درعي
natan-sharansky | ناتان شارانسكي | Natan Sharansky | ناتان شارانسكي; نتان شارانسكي; شارانسكي; Sharansky
limor-livnat | ليمور ليفنات | Limor Livnat | ليمور ليفنات
yossi-sarid | يوسي ساريد | Yossi Sarid | يوسي ساريد
amram-mitzna | عمرام متسناع | Amram Mitzna | عمرام متسناع; متسناع; Mitzna
danny-ayalon | داني أيالون | Danny Ayalon | داني أيالون; داني ايالون
shlomo-ben-ami | شلومو بن عامي | Shlomo Ben-Ami | شلومو بن عامي
david-levy | ديفيد ليفي | David Levy | ديفيد ليفي; دافيد ليفي
moshe-arens | موشيه أرينز | Moshe Arens | موشيه أرينز; موشي أرينز
yitzhak-mordechai | يتسحاق مردخاي | Yitzhak Mordechai | يتسحاق مردخاي; إسحاق مردخاي; اسحق مردخاي
amnon-lipkin-shahak | أمنون ليبكين شاحاك | Amnon Lipkin-Shahak | أمنون ليبكين شاحاك; امنون شاحاك
yuval-diskin | يوفال ديسكين | Yuval Diskin | يوفال ديسكين; ديسكين; Diskin
meir-dagan | مئير داغان | Meir Dagan | مئير داغان; مائير داغان
amos-gilad | عاموس جلعاد | Amos Gilad | عاموس جلعاد; عاموس غلعاد
amos-yadlin | عاموس يادلين | Amos Yadlin | عاموس يادلين
uzi-dayan | عوزي ديان | Uzi Dayan | عوزي ديان
mark-regev | مارك ريغيف | Mark Regev | مارك ريغيف; مارك ريجيف
miri-regev | ميري ريغيف | Miri Regev | ميري ريغيف
rehavam-zeevi | رحبعام زئيفي | Rehavam Ze'evi | رحبعام زئيفي; رحبعام زئيفي
yigal-amir | ييغال عمير | Yigal Amir | ييغال عمير; يغال عمير
baruch-goldstein | باروخ غولدشتاين | Baruch Goldstein | باروخ غولدشتاين; باروخ جولدشتاين
stanley-fischer | ستانلي فيشر | Stanley Fischer | ستانلي فيشر
abdul-raouf-rawabdeh | عبد الرؤوف الروابدة | Abdul Raouf Rawabdeh | عبد الرؤوف الروابدة; الروابدة; Rawabdeh
ali-abu-al-ragheb | علي أبو الراغب | Ali Abu al-Ragheb | علي أبو الراغب
adnan-badran | عدنان بدران | Adnan Badran | عدنان بدران
fayez-tarawneh | فايز الطراونة | Fayez Tarawneh | فايز الطراونة
abdul-karim-kabariti | عبد الكريم الكباريتي | Abdul Karim Kabariti | عبد الكريم الكباريتي; الكباريتي; Kabariti
zaid-al-rifai | زيد الرفاعي | Zaid al-Rifai | زيد الرفاعي
abdelsalam-al-majali | عبد السلام المجالي | Abdelsalam al-Majali | عبد السلام المجالي
abdul-hadi-al-majali | عبد الهادي المجالي | Abdul Hadi al-Majali | عبد الهادي المجالي
hani-mulki | هاني الملقي | Hani Mulki | هاني الملقي
nasser-judeh | ناصر جودة | Nasser Judeh | ناصر جودة
abdullah-ensour | عبد الله النسور | Abdullah Ensour | عبد الله النسور; عبدالله النسور
awn-khasawneh | عون الخصاونة | Awn Khasawneh | عون الخصاونة
hamzah-bin-hussein | الأمير حمزة بن الحسين | Prince Hamzah bin Hussein | حمزة بن الحسين
zeid-raad-al-hussein | زيد بن رعد الحسين | Zeid Ra'ad Al Hussein | زيد بن رعد; زيد رعد الحسين
queen-noor | الملكة نور الحسين | Queen Noor al-Hussein | نور الحسين
abdullah-i-jordan | الملك عبد الله الأول | Abdullah I of Jordan | عبد الله الأول; عبدالله الأول
sharif-hussein-bin-ali | الشريف حسين بن علي | Sharif Hussein bin Ali | الشريف حسين بن علي; الشريف الحسين بن علي
atef-ebeid | عاطف عبيد | Atef Ebeid | عاطف عبيد
atef-sedki | عاطف صدقي | Atef Sedki | عاطف صدقي
fathi-sorour | أحمد فتحي سرور | Ahmed Fathi Sorour | فتحي سرور; أحمد فتحي سرور
zakaria-azmi | زكريا عزمي | Zakaria Azmi | زكريا عزمي
youssef-boutros-ghali | يوسف بطرس غالي | Youssef Boutros Ghali | يوسف بطرس غالي
ahmed-maher | أحمد ماهر | Ahmed Maher | أحمد ماهر
farouk-hosny | فاروق حسني | Farouk Hosny | فاروق حسني
anas-el-fiqqi | أنس الفقي | Anas el-Fiqqi | أنس الفقي
kamal-el-shazly | كمال الشاذلي | Kamal el-Shazly | كمال الشاذلي
mufid-shehab | مفيد شهاب | Mufid Shehab | مفيد شهاب
rachid-mohamed-rachid | رشيد محمد رشيد | Rachid Mohamed Rachid | رشيد محمد رشيد
mahmoud-mohieldin | محمود محيي الدين | Mahmoud Mohieldin | محمود محيي الدين; محمود محي الدين
sameh-fahmy | سامح فهمي | Sameh Fahmy | سامح فهمي
mohammed-mahdi-akef | محمد مهدي عاكف | Mohammed Mahdi Akef | محمد مهدي عاكف; مهدي عاكف
essam-el-erian | عصام العريان | Essam el-Erian | عصام العريان
saad-el-katatni | محمد سعد الكتاتني | Saad el-Katatni | سعد الكتاتني; محمد سعد الكتاتني; الكتاتني; Katatni
abdel-moneim-aboul-fotouh | عبد المنعم أبو الفتوح | Abdel Moneim Aboul Fotouh | عبد المنعم أبو الفتوح; عبدالمنعم أبو الفتوح
hazem-salah-abu-ismail | حازم صلاح أبو إسماعيل | Hazem Salah Abu Ismail | حازم صلاح أبو إسماعيل; حازم أبو إسماعيل
omar-abdel-rahman | عمر عبد الرحمن | Omar Abdel-Rahman | الشيخ عمر عبد الرحمن; عمر عبد الرحمن
ahmed-omar-hashem | أحمد عمر هاشم | Ahmed Omar Hashem | أحمد عمر هاشم
mohamed-metwali-al-shaarawi | محمد متولي الشعراوي | Mohamed Metwali al-Shaarawi | محمد متولي الشعراوي; الشيخ الشعراوي; الشعراوي; Shaarawi
abdelhamid-kishk | عبد الحميد كشك | Abdelhamid Kishk | عبد الحميد كشك; الشيخ عبد الحميد كشك
gad-al-haq | جاد الحق علي جاد الحق | Gad al-Haq Ali Gad al-Haq | جاد الحق علي جاد الحق
mohammed-al-ghazali-sheikh | محمد الغزالي | Mohammed al-Ghazali | محمد الغزالي; الشيخ محمد الغزالي
abdul-basit-abdus-samad | عبد الباسط عبد الصمد | Abdul Basit Abdus Samad | عبد الباسط عبد الصمد
saad-eddin-ibrahim | سعد الدين إبراهيم | Saad Eddin Ibrahim | سعد الدين إبراهيم; سعد الدين ابراهيم
osama-el-baz | أسامة الباز | Osama el-Baz | أسامة الباز
mostafa-el-feki | مصطفى الفقي | Mostafa el-Feki | مصطفى الفقي
ibrahim-nafie | إبراهيم نافع | Ibrahim Nafie | إبراهيم نافع
ibrahim-eissa | إبراهيم عيسى | Ibrahim Eissa | إبراهيم عيسى
mohamed-naguib | محمد نجيب | Mohamed Naguib | اللواء محمد نجيب; الرئيس محمد نجيب
abdel-hakim-amer | عبد الحكيم عامر | Abdel Hakim Amer | عبد الحكيم عامر; المشير عبد الحكيم عامر
zakaria-mohieddin | زكريا محيي الدين | Zakaria Mohieddin | زكريا محيي الدين
king-farouk | الملك فاروق الأول | King Farouk I | فاروق الأول
king-fuad-i | الملك فؤاد الأول | King Fuad I | فؤاد الأول
khedive-ismail | الخديوي إسماعيل | Khedive Ismail | الخديوي إسماعيل; الخديوي اسماعيل
ahmed-orabi | أحمد عرابي | Ahmed Orabi | أحمد عرابي; أحمد عرابى
mostafa-el-nahhas | مصطفى النحاس | Mostafa el-Nahhas | مصطفى النحاس; النحاس باشا
mahmoud-abdel-aziz | محمود عبد العزيز | Mahmoud Abdel Aziz | محمود عبد العزيز; محمود عبدالعزيز
mahmoud-yassin-actor | محمود ياسين | Mahmoud Yassin | محمود ياسين
farid-shawqi | فريد شوقي | Farid Shawqi | فريد شوقي
roshdy-abaza | رشدي أباظة | Roshdy Abaza | رشدي أباظة
abdel-moneim-madbouly | عبد المنعم مدبولي | Abdel Moneim Madbouly | عبد المنعم مدبولي
mohamed-sobhi | محمد صبحي | Mohamed Sobhi | محمد صبحي
ahmed-helmy | أحمد حلمي | Ahmed Helmy | أحمد حلمي
mohamed-saad-actor | محمد سعد | Mohamed Saad | الفنان محمد سعد
karim-abdel-aziz | كريم عبد العزيز | Karim Abdel Aziz | كريم عبد العزيز
ahmed-el-sakka | أحمد السقا | Ahmed el-Sakka | أحمد السقا
mona-zaki | منى زكي | Mona Zaki | منى زكي
laila-elwi | ليلى علوي | Laila Elwi | ليلى علوي
elham-shahin | إلهام شاهين | Elham Shahin | إلهام شاهين
nabila-ebeid | نبيلة عبيد | Nabila Ebeid | نبيلة عبيد
hind-rostom | هند رستم | Hind Rostom | هند رستم
hend-sabry | هند صبري | Hend Sabry | هند صبري
ghada-abdel-razek | غادة عبد الرازق | Ghada Abdel Razek | غادة عبد الرازق
samir-ghanem | سمير غانم | Samir Ghanem | سمير غانم
hussein-fahmy | حسين فهمي | Hussein Fahmy | حسين فهمي
mahmoud-el-meliguy | محمود المليجي | Mahmoud el-Meliguy | محمود المليجي
khaled-saleh-actor | خالد صالح | Khaled Saleh | الفنان خالد صالح
khaled-youssef | خالد يوسف | Khaled Youssef | المخرج خالد يوسف
daoud-abdel-sayed | داود عبد السيد | Daoud Abdel Sayed | داود عبد السيد; داوود عبد السيد
atef-el-tayeb | عاطف الطيب | Atef el-Tayeb | عاطف الطيب
wahid-hamed | وحيد حامد | Wahid Hamed | وحيد حامد
osama-anwar-okasha | أسامة أنور عكاشة | Osama Anwar Okasha | أسامة أنور عكاشة
mohamed-mounir | محمد منير | Mohamed Mounir | محمد منير
hany-shaker | هاني شاكر | Hany Shaker | هاني شاكر
mohamed-fouad | محمد فؤاد | Mohamed Fouad | المطرب محمد فؤاد
tamer-hosny | تامر حسني | Tamer Hosny | تامر حسني
ali-el-haggar | علي الحجار | Ali el-Haggar | علي الحجار
medhat-saleh | مدحت صالح | Medhat Saleh | مدحت صالح
baligh-hamdi | بليغ حمدي | Baligh Hamdi | بليغ حمدي
sayed-darwish | سيد درويش | Sayed Darwish | سيد درويش
omar-khairat | عمر خيرت | Omar Khairat | عمر خيرت
shaaban-abdel-rahim | شعبان عبد الرحيم | Shaaban Abdel Rahim | شعبان عبد الرحيم
ahmed-adaweyah | أحمد عدوية | Ahmed Adaweyah | أحمد عدوية
youssef-el-sebai | يوسف السباعي | Youssef el-Sebai | يوسف السباعي
gamal-el-ghitani | جمال الغيطاني | Gamal el-Ghitani | جمال الغيطاني; الغيطاني; Ghitani
sonallah-ibrahim | صنع الله إبراهيم | Sonallah Ibrahim | صنع الله إبراهيم; صنع الله ابراهيم
bahaa-taher | بهاء طاهر | Bahaa Taher | بهاء طاهر
youssef-el-qaeed | يوسف القعيد | Youssef el-Qaeed | يوسف القعيد
khairy-shalaby | خيري شلبي | Khairy Shalaby | خيري شلبي
ibrahim-aslan | إبراهيم أصلان | Ibrahim Aslan | إبراهيم أصلان
anis-mansour | أنيس منصور | Anis Mansour | أنيس منصور
mostafa-mahmoud | مصطفى محمود | Mostafa Mahmoud | الدكتور مصطفى محمود
salah-jahin | صلاح جاهين | Salah Jahin | صلاح جاهين
farouk-goweida | فاروق جويدة | Farouk Goweida | فاروق جويدة
abdel-rahman-el-abnudi | عبد الرحمن الأبنودي | Abdel Rahman el-Abnudi | عبد الرحمن الأبنودي; الأبنودي; Abnudi
ahmed-abdel-muti-hijazi | أحمد عبد المعطي حجازي | Ahmed Abdel Muti Hijazi | أحمد عبد المعطي حجازي
salah-abdel-sabour | صلاح عبد الصبور | Salah Abdel Sabour | صلاح عبد الصبور
amal-dunqul | أمل دنقل | Amal Dunqul | أمل دنقل
nasr-hamid-abu-zayd | نصر حامد أبو زيد | Nasr Hamid Abu Zayd | نصر حامد أبو زيد
farag-foda | فرج فودة | Farag Foda | فرج فودة
hassan-hanafi | حسن حنفي | Hassan Hanafi | حسن حنفي
mohamed-emara | محمد عمارة | Mohamed Emara | محمد عمارة
fahmy-howeidy | فهمي هويدي | Fahmy Howeidy | فهمي هويدي
mohamed-selim-al-awa | محمد سليم العوا | Mohamed Selim al-Awa | محمد سليم العوا
louis-awad | لويس عوض | Louis Awad | لويس عوض
zaki-naguib-mahmoud | زكي نجيب محمود | Zaki Naguib Mahmoud | زكي نجيب محمود
abdel-rahman-badawi | عبد الرحمن بدوي | Abdel Rahman Badawi | عبد الرحمن بدوي
farouk-el-baz | فاروق الباز | Farouk El-Baz | فاروق الباز
magdi-yacoub | مجدي يعقوب | Magdi Yacoub | مجدي يعقوب; السير مجدي يعقوب
ibrahim-hassan | إبراهيم حسن | Ibrahim Hassan | إبراهيم حسن
emad-moteab | عماد متعب | Emad Moteab | عماد متعب
mohamed-zidan | محمد زيدان | Mohamed Zidan | محمد زيدان
amr-zaki | عمرو زكي | Amr Zaki | عمرو زكي
mohamed-barakat | محمد بركات | Mohamed Barakat | محمد بركات
mahmoud-el-gohary | محمود الجوهري | Mahmoud el-Gohary | محمود الجوهري
mohamed-shawky | محمد شوقي | Mohamed Shawky | محمد شوقي
hosny-abd-rabo | حسني عبد ربه | Hosny Abd Rabo | حسني عبد ربه
ahmed-hossam-mido | أحمد حسام ميدو | Ahmed Hossam Mido | أحمد حسام ميدو; أحمد حسام
saleh-selim | صالح سليم | Saleh Selim | صالح سليم
hassan-hamdy | حسن حمدي | Hassan Hamdy | حسن حمدي
mortada-mansour | مرتضى منصور | Mortada Mansour | مرتضى منصور
mamdouh-abbas | ممدوح عباس | Mamdouh Abbas | ممدوح عباس
farouk-gaafar | فاروق جعفر | Farouk Gaafar | فاروق جعفر
taher-abouzeid | طاهر أبو زيد | Taher Abouzeid | طاهر أبو زيد
king-khalid | الملك خالد بن عبد العزيز | King Khalid bin Abdulaziz | خالد بن عبد العزيز; خالد بن عبدالعزيز
king-faisal | الملك فيصل بن عبد العزيز | King Faisal bin Abdulaziz | فيصل بن عبد العزيز; فيصل بن عبدالعزيز
king-saud | الملك سعود بن عبد العزيز | King Saud bin Abdulaziz | سعود بن عبد العزيز; سعود بن عبدالعزيز
ibn-saud | الملك عبد العزيز آل سعود | Ibn Saud | عبد العزيز آل سعود; عبدالعزيز آل سعود; عبد العزيز بن عبد الرحمن آل سعود
ahmed-bin-abdulaziz | الأمير أحمد بن عبد العزيز | Prince Ahmed bin Abdulaziz | أحمد بن عبد العزيز; أحمد بن عبدالعزيز
talal-bin-abdulaziz | الأمير طلال بن عبد العزيز | Prince Talal bin Abdulaziz | طلال بن عبد العزيز; طلال بن عبدالعزيز
abdul-rahman-bin-abdulaziz | الأمير عبد الرحمن بن عبد العزيز | Prince Abdul Rahman bin Abdulaziz | عبد الرحمن بن عبد العزيز; عبدالرحمن بن عبدالعزيز
mutaib-bin-abdullah | الأمير متعب بن عبد الله | Prince Mutaib bin Abdullah | متعب بن عبد الله; متعب بن عبدالله
abdulaziz-bin-fahd | الأمير عبد العزيز بن فهد | Prince Abdulaziz bin Fahd | عبد العزيز بن فهد; عبدالعزيز بن فهد
saud-bin-nayef | الأمير سعود بن نايف | Prince Saud bin Nayef | سعود بن نايف
abdulaziz-al-sheikh | عبد العزيز آل الشيخ | Abdulaziz Al ash-Sheikh | عبد العزيز آل الشيخ; عبدالعزيز آل الشيخ; عبد العزيز بن عبد الله آل الشيخ
ibn-baz | عبد العزيز بن باز | Abd al-Aziz ibn Baz | عبد العزيز بن باز; عبدالعزيز بن باز; ابن باز
ibn-uthaymeen | محمد بن صالح العثيمين | Muhammad ibn al-Uthaymeen | محمد بن صالح العثيمين; ابن عثيمين; العثيمين; Uthaymeen
salman-al-ouda | سلمان العودة | Salman al-Ouda | سلمان العودة; سلمان بن فهد العودة
aid-al-qarni | عائض القرني | Aid al-Qarni | عائض القرني
safar-al-hawali | سفر الحوالي | Safar al-Hawali | سفر الحوالي
abdul-rahman-al-sudais | عبد الرحمن السديس | Abdul Rahman al-Sudais | عبد الرحمن السديس; عبدالرحمن السديس; السديس; Sudais
muhammad-ibn-abd-al-wahhab | محمد بن عبد الوهاب | Muhammad ibn Abd al-Wahhab | محمد بن عبد الوهاب; محمد بن عبدالوهاب
nasir-al-din-al-albani | محمد ناصر الدين الألباني | Muhammad Nasir al-Din al-Albani | ناصر الدين الألباني; محمد ناصر الدين الألباني
abdullah-al-turki | عبد الله بن عبد المحسن التركي | Abdullah al-Turki | عبد الله بن عبد المحسن التركي; عبدالله بن عبدالمحسن التركي
ibrahim-al-assaf | إبراهيم العساف | Ibrahim al-Assaf | إبراهيم العساف
nizar-madani | نزار مدني | Nizar Madani | نزار مدني; نزار عبيد مدني
abdulaziz-khoja | عبد العزيز خوجة | Abdulaziz Khoja | عبد العزيز خوجة; عبدالعزيز خوجة
iyad-madani | إياد مدني | Iyad Madani | إياد مدني
ahmed-zaki-yamani | أحمد زكي يماني | Ahmed Zaki Yamani | أحمد زكي يماني
hisham-nazer | هشام ناظر | Hisham Nazer | هشام ناظر
khalid-al-tuwaijri | خالد التويجري | Khalid al-Tuwaijri | خالد التويجري
saad-al-faqih | سعد الفقيه | Saad al-Faqih | سعد الفقيه
mohammed-al-massari | محمد المسعري | Mohammed al-Massari | محمد المسعري
abdul-rahman-al-rashed | عبد الرحمن الراشد | Abdul Rahman al-Rashed | عبد الرحمن الراشد
turki-al-dakhil | تركي الدخيل | Turki al-Dakhil | تركي الدخيل
majed-abdullah | ماجد عبد الله | Majed Abdullah | ماجد عبد الله; ماجد عبدالله
nawaf-al-temyat | نواف التمياط | Nawaf al-Temyat | نواف التمياط
hussein-abdulghani | حسين عبد الغني | Hussein Abdulghani | حسين عبد الغني; حسين عبدالغني
saeed-al-owairan | سعيد العويران | Saeed al-Owairan | سعيد العويران
mohammed-al-shalhoub | محمد الشلهوب | Mohammed al-Shalhoub | محمد الشلهوب
talal-maddah | طلال مداح | Talal Maddah | طلال مداح
abadi-al-johar | عبادي الجوهر | Abadi al-Johar | عبادي الجوهر
rashed-al-majed | راشد الماجد | Rashed al-Majed | راشد الماجد
rabeh-saqer | رابح صقر | Rabeh Saqer | رابح صقر
nasser-al-qasabi | ناصر القصبي | Nasser al-Qasabi | ناصر القصبي
abdullah-al-sadhan | عبد الله السدحان | Abdullah al-Sadhan | عبد الله السدحان; عبدالله السدحان
saad-al-abdullah | سعد العبد الله السالم الصباح | Saad Al-Abdullah Al-Salim Al-Sabah | سعد العبد الله; سعد العبدالله
mohammad-al-sabah-al-salem | محمد صباح السالم الصباح | Mohammad Sabah Al-Salem Al-Sabah | محمد صباح السالم
jassem-al-kharafi | جاسم الخرافي | Jassem al-Kharafi | جاسم الخرافي; جاسم محمد الخرافي
ahmed-al-saadoun | أحمد السعدون | Ahmed al-Saadoun | أحمد السعدون
jaber-al-mubarak | جابر المبارك الحمد الصباح | Jaber Al-Mubarak Al-Hamad Al-Sabah | جابر المبارك
sabah-al-khalid | صباح الخالد الحمد الصباح | Sabah Al-Khalid Al-Sabah | صباح الخالد
ahmad-al-rubei | أحمد الربعي | Ahmad al-Rubei | أحمد الربعي
musallam-al-barrak | مسلم البراك | Musallam al-Barrak | مسلم البراك
abdullah-al-rowaished | عبد الله الرويشد | Abdullah al-Rowaished | عبد الله الرويشد; عبدالله الرويشد
nabeel-shuail | نبيل شعيل | Nabeel Shuail | نبيل شعيل
nawal-al-kuwaitia | نوال الكويتية | Nawal al-Kuwaitia | نوال الكويتية
abdulhussain-abdulredha | عبد الحسين عبد الرضا | Abdulhussain Abdulredha | عبد الحسين عبد الرضا; عبدالحسين عبدالرضا
souad-abdullah | سعاد عبد الله | Souad Abdullah | سعاد عبد الله; سعاد عبدالله
hayat-al-fahad | حياة الفهد | Hayat al-Fahad | حياة الفهد
souad-al-sabah | سعاد الصباح | Souad al-Sabah | سعاد الصباح
abdullah-bin-hamad-al-attiyah | عبد الله بن حمد العطية | Abdullah bin Hamad al-Attiyah | عبد الله بن حمد العطية; عبدالله بن حمد العطية
khalifa-bin-hamad | خليفة بن حمد آل ثاني | Khalifa bin Hamad Al Thani | خليفة بن حمد آل ثاني
ahmed-bin-abdullah-al-mahmoud | أحمد بن عبد الله آل محمود | Ahmed bin Abdullah Al Mahmoud | أحمد بن عبد الله آل محمود; أحمد بن عبدالله آل محمود
wadah-khanfar | وضاح خنفر | Wadah Khanfar | وضاح خنفر
faisal-al-qassem | فيصل القاسم | Faisal al-Qassem | فيصل القاسم
jamal-rayyan | جمال ريان | Jamal Rayyan | جمال ريان
khadija-benganna | خديجة بن قنة | Khadija Benganna | خديجة بن قنة
mohamed-krichen | محمد كريشان | Mohamed Krichen | محمد كريشان
taysir-allouni | تيسير علوني | Taysir Allouni | تيسير علوني
sami-al-hajj | سامي الحاج | Sami al-Hajj | سامي الحاج
sultan-bin-zayed | سلطان بن زايد آل نهيان | Sultan bin Zayed Al Nahyan | سلطان بن زايد آل نهيان
hamdan-bin-rashid | حمدان بن راشد آل مكتوم | Hamdan bin Rashid Al Maktoum | حمدان بن راشد آل مكتوم
rashid-bin-saeed | راشد بن سعيد آل مكتوم | Rashid bin Saeed Al Maktoum | راشد بن سعيد آل مكتوم
hazza-bin-zayed | هزاع بن زايد آل نهيان | Hazza bin Zayed Al Nahyan | هزاع بن زايد آل نهيان
tahnoun-bin-zayed | طحنون بن زايد آل نهيان | Tahnoun bin Zayed Al Nahyan | طحنون بن زايد آل نهيان
lubna-al-qasimi | لبنى القاسمي | Lubna al-Qasimi | لبنى القاسمي; لبنى بنت خالد القاسمي
rashid-abdullah-al-nuaimi | راشد عبد الله النعيمي | Rashid Abdullah al-Nuaimi | راشد عبد الله النعيمي; راشد عبدالله النعيمي
ahmed-bin-saeed-al-maktoum | أحمد بن سعيد آل مكتوم | Ahmed bin Saeed Al Maktoum | أحمد بن سعيد آل مكتوم
isa-bin-salman | عيسى بن سلمان آل خليفة | Isa bin Salman Al Khalifa | عيسى بن سلمان آل خليفة
mohammed-bin-mubarak-al-khalifa | محمد بن مبارك آل خليفة | Mohammed bin Mubarak Al Khalifa | محمد بن مبارك آل خليفة
hassan-mushaima | حسن مشيمع | Hassan Mushaima | حسن مشيمع; مشيمع; Mushaima
abdul-qadir-bajamal | عبد القادر باجمال | Abdul Qadir Bajamal | عبد القادر باجمال; عبدالقادر باجمال; باجمال; Bajamal
ali-mohammed-mujawar | علي محمد مجور | Ali Mohammed Mujawar | علي محمد مجور; مجور
abdullah-al-ahmar | عبد الله بن حسين الأحمر | Abdullah al-Ahmar | عبد الله بن حسين الأحمر; عبدالله بن حسين الأحمر; عبد الله الأحمر
hamid-al-ahmar | حميد الأحمر | Hamid al-Ahmar | حميد الأحمر
sadiq-al-ahmar | صادق الأحمر | Sadiq al-Ahmar | صادق الأحمر
ali-mohsen-al-ahmar | علي محسن الأحمر | Ali Mohsen al-Ahmar | علي محسن الأحمر; علي محسن
ali-salem-al-beidh | علي سالم البيض | Ali Salem al-Beidh | علي سالم البيض
haidar-al-attas | حيدر أبو بكر العطاس | Haidar Abu Bakr al-Attas | حيدر أبو بكر العطاس; حيدر العطاس
ali-nasser-mohammed | علي ناصر محمد | Ali Nasser Mohammed | علي ناصر محمد
abdul-majeed-al-zindani | عبد المجيد الزنداني | Abdul Majeed al-Zindani | عبد المجيد الزنداني; عبدالمجيد الزنداني; الزنداني
abu-bakr-al-qirbi | أبو بكر القربي | Abu Bakr al-Qirbi | أبو بكر القربي
mohammed-basindawa | محمد سالم باسندوة | Mohammed Basindawa | محمد سالم باسندوة; باسندوة; Basindawa
badreddin-al-houthi | بدر الدين الحوثي | Badreddin al-Houthi | بدر الدين الحوثي
yahya-al-houthi | يحيى الحوثي | Yahya al-Houthi | يحيى الحوثي; يحيى بدر الدين الحوثي
nasser-al-wuhayshi | ناصر الوحيشي | Nasser al-Wuhayshi | ناصر الوحيشي; الوحيشي; Wuhayshi
ahmed-ali-saleh | أحمد علي عبد الله صالح | Ahmed Ali Abdullah Saleh | أحمد علي عبد الله صالح; أحمد علي صالح
ibrahim-al-hamdi | إبراهيم الحمدي | Ibrahim al-Hamdi | إبراهيم الحمدي
abdessalam-jalloud | عبد السلام جلود | Abdessalam Jalloud | عبد السلام جلود
abu-bakr-younis-jabr | أبو بكر يونس جابر | Abu-Bakr Yunis Jabr | أبو بكر يونس جابر
al-saadi-gaddafi | الساعدي القذافي | Al-Saadi Gaddafi | الساعدي القذافي
mutassim-gaddafi | المعتصم القذافي | Mutassim Gaddafi | المعتصم القذافي; المعتصم بالله القذافي
hannibal-gaddafi | هانيبال القذافي | Hannibal Gaddafi | هانيبال القذافي
khamis-gaddafi | خميس القذافي | Khamis Gaddafi | خميس القذافي
aisha-gaddafi | عائشة القذافي | Aisha Gaddafi | عائشة القذافي
mahmoud-jibril | محمود جبريل | Mahmoud Jibril | محمود جبريل
shukri-ghanem | شكري غانم | Shukri Ghanem | شكري غانم
baghdadi-mahmudi | البغدادي المحمودي | Baghdadi Mahmudi | البغدادي المحمودي; البغدادي علي المحمودي
abdelbaset-al-megrahi | عبد الباسط المقرحي | Abdelbaset al-Megrahi | عبد الباسط المقرحي; عبدالباسط المقرحي; المقرحي
al-amin-khalifa-fhimah | الأمين خليفة فحيمة | Al Amin Khalifa Fhimah | الأمين خليفة فحيمة; فحيمة; Fhimah
king-idris | الملك إدريس السنوسي | King Idris al-Senussi | إدريس السنوسي; الملك إدريس الأول
abdullah-senussi | عبد الله السنوسي | Abdullah Senussi | عبد الله السنوسي; عبدالله السنوسي
habib-ben-yahia | الحبيب بن يحيى | Habib Ben Yahia | الحبيب بن يحيى; حبيب بن يحيى
abdelwahab-abdallah | عبد الوهاب عبد الله | Abdelwahab Abdallah | عبد الوهاب عبد الله
leila-trabelsi | ليلى الطرابلسي | Leila Trabelsi | ليلى الطرابلسي; ليلى بن علي
sakher-el-materi | صخر الماطري | Sakher El Materi | صخر الماطري
ahmed-najib-chebbi | أحمد نجيب الشابي | Ahmed Najib Chebbi | أحمد نجيب الشابي; نجيب الشابي
mustapha-ben-jafar | مصطفى بن جعفر | Mustapha Ben Jafar | مصطفى بن جعفر
hamma-hammami | حمة الهمامي | Hamma Hammami | حمة الهمامي
chokri-belaid | شكري بلعيد | Chokri Belaid | شكري بلعيد
mohamed-brahmi | محمد البراهمي | Mohamed Brahmi | محمد البراهمي
ali-laarayedh | علي العريض | Ali Laarayedh | علي العريض
youssef-chahed | يوسف الشاهد | Youssef Chahed | يوسف الشاهد
abu-al-qasim-al-shabbi | أبو القاسم الشابي | Abu al-Qasim al-Shabbi | أبو القاسم الشابي
lotfi-bouchnak | لطفي بوشناق | Lotfi Bouchnak | لطفي بوشناق
latifa-tunisian | لطيفة التونسية | Latifa al-Tunisia | لطيفة التونسية
chadli-bendjedid | الشاذلي بن جديد | Chadli Bendjedid | الشاذلي بن جديد; الشاذلي بنجديد
mohamed-boudiaf | محمد بوضياف | Mohamed Boudiaf | محمد بوضياف; بوضياف; Boudiaf
ali-kafi | علي كافي | Ali Kafi | علي كافي
abbassi-madani | عباسي مدني | Abbassi Madani | عباسي مدني
ali-benflis | علي بن فليس | Ali Benflis | علي بن فليس; بن فليس
abdelmalek-sellal | عبد المالك سلال | Abdelmalek Sellal | عبد المالك سلال; عبدالمالك سلال
mouloud-hamrouche | مولود حمروش | Mouloud Hamrouche | مولود حمروش
redha-malek | رضا مالك | Redha Malek | رضا مالك
ahmed-taleb-ibrahimi | أحمد طالب الإبراهيمي | Ahmed Taleb Ibrahimi | أحمد طالب الإبراهيمي; أحمد طالب الابراهيمي
hocine-ait-ahmed | حسين آيت أحمد | Hocine Aït Ahmed | حسين آيت أحمد
mahfoud-nahnah | محفوظ نحناح | Mahfoud Nahnah | محفوظ نحناح; نحناح; Nahnah
bouguerra-soltani | أبو جرة سلطاني | Bouguerra Soltani | أبو جرة سلطاني
louisa-hanoune | لويزة حنون | Louisa Hanoune | لويزة حنون
said-sadi | سعيد سعدي | Saïd Sadi | سعيد سعدي
mohamed-lamari | محمد العماري | Mohamed Lamari | محمد العماري; الفريق محمد العماري
khaled-nezzar | خالد نزار | Khaled Nezzar | خالد نزار
abdelkader-messahel | عبد القادر مساهل | Abdelkader Messahel | عبد القادر مساهل; مساهل; Messahel
cheb-khaled | الشاب خالد | Cheb Khaled | الشاب خالد
cheb-mami | الشاب مامي | Cheb Mami | الشاب مامي
rabah-madjer | رابح ماجر | Rabah Madjer | رابح ماجر
lakhdar-belloumi | لخضر بلومي | Lakhdar Belloumi | لخضر بلومي
hassan-hattab | حسان حطاب | Hassan Hattab | حسان حطاب; حسن حطاب
abdelmalek-droukdel | عبد المالك دروكدال | Abdelmalek Droukdel | عبد المالك دروكدال; دروكدال; أبو مصعب عبد الودود; Droukdel
mokhtar-belmokhtar | مختار بلمختار | Mokhtar Belmokhtar | مختار بلمختار; بلمختار; Belmokhtar
antar-zouabri | عنتر زوابري | Antar Zouabri | عنتر زوابري
djamel-zitouni | جمال زيتوني | Djamel Zitouni | جمال زيتوني
tahar-wattar | الطاهر وطار | Tahar Wattar | الطاهر وطار
waciny-laredj | واسيني الأعرج | Waciny Laredj | واسيني الأعرج
rachid-boudjedra | رشيد بوجدرة | Rachid Boudjedra | رشيد بوجدرة
yasmina-khadra | ياسمينة خضرا | Yasmina Khadra | ياسمينة خضرا
assia-djebar | آسيا جبار | Assia Djebar | آسيا جبار
malek-bennabi | مالك بن نبي | Malek Bennabi | مالك بن نبي
ibn-badis | عبد الحميد بن باديس | Abdelhamid Ben Badis | عبد الحميد بن باديس; ابن باديس
messali-hadj | مصالي الحاج | Messali Hadj | مصالي الحاج
larbi-ben-mhidi | العربي بن مهيدي | Larbi Ben M'hidi | العربي بن مهيدي
moulay-rachid | الأمير مولاي رشيد | Prince Moulay Rachid | مولاي رشيد
moulay-hicham | الأمير مولاي هشام | Prince Moulay Hicham | مولاي هشام
mohammed-v | الملك محمد الخامس | Mohammed V of Morocco | محمد الخامس
abdellatif-filali | عبد اللطيف الفيلالي | Abdellatif Filali | عبد اللطيف الفيلالي
chakib-benmoussa | شكيب بنموسى | Chakib Benmoussa | شكيب بنموسى
abdessalam-yassine | عبد السلام ياسين | Abdessalam Yassine | عبد السلام ياسين; عبدالسلام ياسين
nadia-yassine | نادية ياسين | Nadia Yassine | نادية ياسين
mohamed-el-yazghi | محمد اليازغي | Mohamed El Yazghi | محمد اليازغي; اليازغي
abdelouahed-radi | عبد الواحد الراضي | Abdelouahed Radi | عبد الواحد الراضي
mehdi-ben-barka | المهدي بن بركة | Mehdi Ben Barka | المهدي بن بركة; مهدي بن بركة
allal-al-fassi | علال الفاسي | Allal al-Fassi | علال الفاسي
abdallah-laroui | عبد الله العروي | Abdallah Laroui | عبد الله العروي
tahar-ben-jelloun | الطاهر بن جلون | Tahar Ben Jelloun | الطاهر بن جلون
fatema-mernissi | فاطمة المرنيسي | Fatema Mernissi | فاطمة المرنيسي
mohamed-choukri | محمد شكري | Mohamed Choukri | الكاتب محمد شكري
abdelwahab-doukkali | عبد الوهاب الدكالي | Abdelwahab Doukkali | عبد الوهاب الدكالي
samira-said | سميرة سعيد | Samira Said | سميرة سعيد
badou-zaki | بادو الزاكي | Badou Zaki | بادو الزاكي; بادو زاكي
noureddine-naybet | نور الدين النيبت | Noureddine Naybet | نور الدين النيبت; النيبت; Naybet
mustapha-hadji | مصطفى حجي | Mustapha Hadji | مصطفى حجي
marouane-chamakh | مروان الشماخ | Marouane Chamakh | مروان الشماخ
khalid-skah | خالد السكاح | Khalid Skah | خالد السكاح
younes-el-aynaoui | يونس العيناوي | Younes El Aynaoui | يونس العيناوي
hicham-arazi | هشام أرازي | Hicham Arazi | هشام أرازي
moktar-ould-daddah | المختار ولد داداه | Moktar Ould Daddah | المختار ولد داداه
ahmed-ould-daddah | أحمد ولد داداه | Ahmed Ould Daddah | أحمد ولد داداه
messaoud-ould-boulkheir | مسعود ولد بلخير | Messaoud Ould Boulkheir | مسعود ولد بلخير
mohamed-ould-ghazouani | محمد ولد الغزواني | Mohamed Ould Ghazouani | محمد ولد الشيخ الغزواني; محمد ولد الغزواني
gaafar-nimeiry | جعفر نميري | Gaafar Nimeiry | جعفر نميري; جعفر النميري; جعفر محمد نميري
swar-al-dahab | عبد الرحمن سوار الذهب | Abdel Rahman Swar al-Dahab | عبد الرحمن سوار الذهب; سوار الذهب
mustafa-osman-ismail | مصطفى عثمان إسماعيل | Mustafa Osman Ismail | مصطفى عثمان إسماعيل; مصطفى عثمان اسماعيل
nafie-ali-nafie | نافع علي نافع | Nafie Ali Nafie | نافع علي نافع
salah-gosh | صلاح قوش | Salah Gosh | صلاح قوش; صلاح عبد الله قوش
khalil-ibrahim | خليل إبراهيم | Khalil Ibrahim | خليل إبراهيم; خليل ابراهيم
riek-machar | رياك مشار | Riek Machar | رياك مشار; ريك مشار
pagan-amum | باقان أموم | Pagan Amum | باقان أموم
ahmed-haroun | أحمد هارون | Ahmed Haroun | أحمد محمد هارون; أحمد هارون
ali-kushayb | علي كوشيب | Ali Kushayb | علي كوشيب; كوشيب; Kushayb
musa-hilal | موسى هلال | Musa Hilal | موسى هلال
mohamed-ibrahim-nugud | محمد إبراهيم نقد | Mohamed Ibrahim Nugud | محمد إبراهيم نقد
hussein-aidid | حسين عيديد | Hussein Aidid | حسين محمد فارح عيديد; حسين عيديد
ali-mahdi-muhammad | علي مهدي محمد | Ali Mahdi Muhammad | علي مهدي محمد
ahmed-abdallah-sambi | أحمد عبد الله سامبي | Ahmed Abdallah Sambi | أحمد عبد الله سامبي; سامبي; Sambi
esmat-abdel-meguid | عصمت عبد المجيد | Esmat Abdel Meguid | عصمت عبد المجيد
chedli-klibi | الشاذلي القليبي | Chedli Klibi | الشاذلي القليبي
ahmed-ben-helli | أحمد بن حلي | Ahmed Ben Helli | أحمد بن حلي
jamil-al-hujailan | جميل الحجيلان | Jamil al-Hujailan | جميل الحجيلان
ahmad-jannati | أحمد جنتي | Ahmad Jannati | أحمد جنتي; جنتي; Jannati
ali-akbar-nateq-nouri | علي أكبر ناطق نوري | Ali Akbar Nateq-Nouri | علي أكبر ناطق نوري
hossein-ali-montazeri | حسين علي منتظري | Hossein-Ali Montazeri | حسين علي منتظري; منتظري; Montazeri
gholam-ali-haddad-adel | غلام علي حداد عادل | Gholam-Ali Haddad-Adel | غلام علي حداد عادل; حداد عادل
sadeq-larijani | صادق لاريجاني | Sadeq Larijani | صادق لاريجاني; صادق آملي لاريجاني
mohammad-javad-larijani | محمد جواد لاريجاني | Mohammad-Javad Larijani | محمد جواد لاريجاني
mesbah-yazdi | محمد تقي مصباح يزدي | Mohammad-Taqi Mesbah-Yazdi | مصباح يزدي; محمد تقي مصباح يزدي
abdolkarim-soroush | عبد الكريم سروش | Abdolkarim Soroush | عبد الكريم سروش; عبدالكريم سروش
shirin-ebadi | شيرين عبادي | Shirin Ebadi | شيرين عبادي
akbar-ganji | أكبر كنجي | Akbar Ganji | أكبر كنجي; أكبر غنجي
mohammad-reza-khatami | محمد رضا خاتمي | Mohammad Reza Khatami | محمد رضا خاتمي
hassan-firouzabadi | حسن فيروز آبادي | Hassan Firouzabadi | حسن فيروز آبادي; فيروز آبادي
ataollah-mohajerani | عطاء الله مهاجراني | Ataollah Mohajerani | عطاء الله مهاجراني; مهاجراني; Mohajerani
mostafa-mohammad-najjar | مصطفى محمد نجار | Mostafa Mohammad-Najjar | مصطفى محمد نجار
mohsen-kadivar | محسن كديور | Mohsen Kadivar | محسن كديور; كديور; Kadivar
ebrahim-yazdi | إبراهيم يزدي | Ebrahim Yazdi | إبراهيم يزدي
mehdi-bazargan | مهدي بازركان | Mehdi Bazargan | مهدي بازركان; بازركان; Bazargan
ali-shariati | علي شريعتي | Ali Shariati | علي شريعتي; شريعتي; Shariati
morteza-motahhari | مرتضى مطهري | Morteza Motahhari | مرتضى مطهري; مطهري; Motahhari
mohammad-beheshti | محمد حسين بهشتي | Mohammad Beheshti | محمد حسين بهشتي; محمد بهشتي
ali-akbar-mohtashamipur | علي أكبر محتشمي بور | Ali Akbar Mohtashamipur | علي أكبر محتشمي بور; محتشمي بور; محتشمي; Mohtashamipur
massoud-rajavi | مسعود رجوي | Massoud Rajavi | مسعود رجوي
maryam-rajavi | مريم رجوي | Maryam Rajavi | مريم رجوي
ahmad-vahidi | أحمد وحيدي | Ahmad Vahidi | أحمد وحيدي
mostafa-pourmohammadi | مصطفى بور محمدي | Mostafa Pourmohammadi | مصطفى بور محمدي; بور محمدي
hossein-shariatmadari | حسين شريعتمداري | Hossein Shariatmadari | حسين شريعتمداري; شريعتمداري; Shariatmadari
kazem-al-haeri | كاظم الحائري | Kazem al-Haeri | كاظم الحائري; كاظم الحسيني الحائري
mohammad-taqi-al-modarresi | محمد تقي المدرسي | Mohammad Taqi al-Modarresi | محمد تقي المدرسي
sadiq-al-shirazi | صادق الشيرازي | Sadiq al-Shirazi | صادق الشيرازي; صادق الحسيني الشيرازي
mesut-yilmaz | مسعود يلماز | Mesut Yılmaz | مسعود يلماز; مسعود يلمظ
deniz-baykal | دنيز بايكال | Deniz Baykal | دنيز بايكال; دينيز بايكال
bulent-arinc | بولنت أرينتش | Bülent Arınç | بولنت أرينتش; بولنت أرينج
yasar-buyukanit | يشار بويوك أنيت | Yaşar Büyükanıt | يشار بويوك أنيت; ياشار بويوك أنيت; بويوك أنيت
ilker-basbug | إلكر باشبوغ | İlker Başbuğ | إلكر باشبوغ; ايلكر باشبوغ; باشبوغ; Başbuğ
hilmi-ozkok | حلمي أوزكوك | Hilmi Özkök | حلمي أوزكوك
kemal-dervis | كمال درويش | Kemal Derviş | كمال درويش
murat-karayilan | مراد قره يلان | Murat Karayılan | مراد قره يلان; مراد قرايلان
adnan-menderes | عدنان مندريس | Adnan Menderes | عدنان مندريس; مندريس; Menderes
ismet-inonu | عصمت إينونو | İsmet İnönü | عصمت إينونو; عصمت اينونو
nazim-hikmet | ناظم حكمت | Nazım Hikmet | ناظم حكمت
yasar-kemal | يشار كمال | Yaşar Kemal | يشار كمال; ياشار كمال
tarkan | تاركان | Tarkan | تاركان
hakan-sukur | هاكان شكور | Hakan Şükür | هاكان شكور; هاكان شوكور
numan-kurtulmus | نعمان كورتولموش | Numan Kurtulmuş | نعمان كورتولموش
zahir-shah | محمد ظاهر شاه | Mohammed Zahir Shah | ظاهر شاه; محمد ظاهر شاه
mohammad-najibullah | محمد نجيب الله | Mohammad Najibullah | محمد نجيب الله; نجيب الله
sibghatullah-mojaddedi | صبغة الله مجددي | Sibghatullah Mojaddedi | صبغة الله مجددي; صبغة الله المجددي; مجددي; Mojaddedi
abdul-rasul-sayyaf | عبد رب الرسول سياف | Abdul Rasul Sayyaf | عبد رب الرسول سياف; عبد الرسول سياف
mohammed-fahim | محمد قاسم فهيم | Mohammed Qasim Fahim | محمد قاسم فهيم; قاسم فهيم; المارشال فهيم
rangin-dadfar-spanta | رنغين دادفر سبنتا | Rangin Dadfar Spanta | رنغين دادفر سبنتا; دادفر سبنتا; سبنتا; Spanta
abdul-ghani-baradar | عبد الغني برادر | Abdul Ghani Baradar | عبد الغني برادر; الملا برادر; برادر; Baradar
mullah-dadullah | الملا داد الله | Mullah Dadullah | الملا داد الله
akhtar-mansour | أختر محمد منصور | Akhtar Mansour | أختر محمد منصور; أختر منصور; الملا أختر منصور
zabihullah-mujahid | ذبيح الله مجاهد | Zabihullah Mujahid | ذبيح الله مجاهد
abdul-salam-zaeef | عبد السلام ضعيف | Abdul Salam Zaeef | عبد السلام ضعيف; الملا عبد السلام ضعيف
wakil-ahmed-muttawakil | وكيل أحمد متوكل | Wakil Ahmed Muttawakil | وكيل أحمد متوكل
sirajuddin-haqqani | سراج الدين حقاني | Sirajuddin Haqqani | سراج الدين حقاني
hakimullah-mehsud | حكيم الله محسود | Hakimullah Mehsud | حكيم الله محسود
zulfikar-ali-bhutto | ذو الفقار علي بوتو | Zulfikar Ali Bhutto | ذو الفقار علي بوتو; ذوالفقار علي بوتو
ashfaq-parvez-kayani | أشفاق برويز كياني | Ashfaq Parvez Kayani | أشفاق برويز كياني; أشفق كياني; كياني; Kayani
khurshid-kasuri | خورشيد محمود قصوري | Khurshid Mahmud Kasuri | خورشيد محمود قصوري; خورشيد قصوري; قصوري; Kasuri
shah-mehmood-qureshi | شاه محمود قريشي | Shah Mehmood Qureshi | شاه محمود قريشي
iftikhar-chaudhry | افتخار محمد تشودري | Iftikhar Muhammad Chaudhry | افتخار محمد تشودري; افتخار تشودري; افتخار شودري
zafarullah-khan-jamali | مير ظفر الله خان جمالي | Zafarullah Khan Jamali | ظفر الله خان جمالي; ظفر الله جمالي
chaudhry-shujaat-hussain | شجاعت حسين | Chaudhry Shujaat Hussain | شجاعت حسين; تشودري شجاعت حسين
fazal-ur-rehman | فضل الرحمن | Fazal-ur-Rehman | مولانا فضل الرحمن
qazi-hussain-ahmad | قاضي حسين أحمد | Qazi Hussain Ahmad | قاضي حسين أحمد
abdul-rashid-ghazi | عبد الرشيد غازي | Abdul Rashid Ghazi | عبد الرشيد غازي
abul-ala-maududi | أبو الأعلى المودودي | Abul A'la Maududi | أبو الأعلى المودودي; المودودي
muhammad-iqbal | محمد إقبال | Muhammad Iqbal | محمد إقبال; محمد اقبال
shehbaz-sharif | شهباز شريف | Shehbaz Sharif | شهباز شريف
bilawal-bhutto | بلاول بوتو زرداري | Bilawal Bhutto Zardari | بلاول بوتو زرداري
jawaharlal-nehru | جواهر لال نهرو | Jawaharlal Nehru | جواهر لال نهرو; نهرو; Nehru
rajiv-gandhi | راجيف غاندي | Rajiv Gandhi | راجيف غاندي
rahul-gandhi | راهول غاندي | Rahul Gandhi | راهول غاندي
pranab-mukherjee | براناب موخرجي | Pranab Mukherjee | براناب موخرجي
apj-abdul-kalam | أبو بكر زين العابدين عبد الكلام | A. P. J. Abdul Kalam | زين العابدين عبد الكلام; عبد الكلام
lal-krishna-advani | لال كريشنا أدفاني | L. K. Advani | لال كريشنا أدفاني; أدفاني; Advani
jaswant-singh | جاسوانت سينغ | Jaswant Singh | جاسوانت سينغ; جاسوانت سينه
natwar-singh | ناتوار سينغ | Natwar Singh | ناتوار سينغ
suharto | سوهارتو | Suharto | سوهارتو
bj-habibie | بحر الدين يوسف حبيبي | B. J. Habibie | يوسف حبيبي; بحر الدين يوسف حبيبي
jusuf-kalla | يوسف كالا | Jusuf Kalla | يوسف كالا
abu-bakar-bashir | أبو بكر باعشير | Abu Bakar Ba'asyir | أبو بكر باعشير; أبو بكر بشير; باعشير; Ba'asyir
lee-kuan-yew | لي كوان يو | Lee Kuan Yew | لي كوان يو
lee-hsien-loong | لي هسين لونغ | Lee Hsien Loong | لي هسين لونغ; لي سين لونغ
joseph-estrada | جوزيف استرادا | Joseph Estrada | جوزيف استرادا; جوزيف إسترادا
corazon-aquino | كورازون أكينو | Corazon Aquino | كورازون أكينو; كورازون اكينو
fidel-ramos | فيدل راموس | Fidel Ramos | فيدل راموس
hun-sen | هون سين | Hun Sen | هون سين
norodom-sihanouk | نورودوم سيهانوك | Norodom Sihanouk | نورودوم سيهانوك; سيهانوك; Sihanouk
pol-pot | بول بوت | Pol Pot | بول بوت
than-shwe | ثان شوي | Than Shwe | ثان شوي
mahinda-rajapaksa | ماهيندا راجاباكسا | Mahinda Rajapaksa | ماهيندا راجاباكسا; راجاباكسا; Rajapaksa
velupillai-prabhakaran | فيلوبيلاي برابهاكاران | Velupillai Prabhakaran | فيلوبيلاي برابهاكاران; برابهاكاران; Prabhakaran
sheikh-hasina | الشيخة حسينة واجد | Sheikh Hasina Wazed | حسينة واجد
khaleda-zia | خالدة ضياء | Khaleda Zia | خالدة ضياء
yukio-hatoyama | يوكيو هاتوياما | Yukio Hatoyama | يوكيو هاتوياما
ryutaro-hashimoto | ريوتارو هاشيموتو | Ryutaro Hashimoto | ريوتارو هاشيموتو
keizo-obuchi | كيزو أوبوتشي | Keizo Obuchi | كيزو أوبوتشي
yoshiro-mori | يوشيرو موري | Yoshiro Mori | يوشيرو موري
emperor-akihito | الإمبراطور أكيهيتو | Emperor Akihito | أكيهيتو; اكيهيتو; Akihito
ma-ying-jeou | ما ينغ جيو | Ma Ying-jeou | ما ينغ جيو; ما يينغ جيو
kim-yong-nam | كيم يونغ نام | Kim Yong-nam | كيم يونغ نام
kim-kye-gwan | كيم كي غوان | Kim Kye-gwan | كيم كي غوان; كيم كيه غوان
kurmanbek-bakiyev | كرمان بك باكييف | Kurmanbek Bakiyev | كرمان بك باكييف; باكييف; Bakiyev
askar-akayev | عسكر أكاييف | Askar Akayev | عسكر أكاييف
emomali-rahmon | إمام علي رحمانوف | Emomali Rahmon | إمام علي رحمانوف; إمام علي رحمون; رحمانوف; Rahmon
saparmurat-niyazov | صابر مراد نيازوف | Saparmurat Niyazov | صابر مراد نيازوف; نيازوف; Niyazov
heydar-aliyev | حيدر علييف | Heydar Aliyev | حيدر علييف
eduard-shevardnadze | إدوارد شيفرنادزه | Eduard Shevardnadze | إدوارد شيفرنادزه; ادوارد شيفاردنادزه; شيفرنادزه; شيفاردنادزه
robert-kocharyan | روبرت كوتشاريان | Robert Kocharyan | روبرت كوتشاريان; كوتشاريان; Kocharyan
serzh-sargsyan | سيرج سركيسيان | Serzh Sargsyan | سيرج سركيسيان; سيرج سارغسيان
mikhail-kasyanov | ميخائيل كاسيانوف | Mikhail Kasyanov | ميخائيل كاسيانوف; كاسيانوف; Kasyanov
sergei-kiriyenko | سيرغي كيرينكو | Sergei Kiriyenko | سيرغي كيرينكو; سيرغي كيريينكو
sergei-stepashin | سيرغي ستيباشين | Sergei Stepashin | سيرغي ستيباشين; ستيباشين; Stepashin
viktor-zubkov | فيكتور زوبكوف | Viktor Zubkov | فيكتور زوبكوف; زوبكوف; Zubkov
alexei-kudrin | أليكسي كودرين | Alexei Kudrin | أليكسي كودرين; ألكسي كودرين; كودرين; Kudrin
anatoly-chubais | أناتولي تشوبايس | Anatoly Chubais | أناتولي تشوبايس; تشوبايس
boris-berezovsky | بوريس بيريزوفسكي | Boris Berezovsky | بوريس بيريزوفسكي; بيريزوفسكي; Berezovsky
mikhail-khodorkovsky | ميخائيل خودوركوفسكي | Mikhail Khodorkovsky | ميخائيل خودوركوفسكي; خودوركوفسكي; Khodorkovsky
roman-abramovich | رومان أبراموفيتش | Roman Abramovich | رومان أبراموفيتش; رومان ابراموفيتش; أبراموفيتش; Abramovich
gennady-zyuganov | غينادي زيوغانوف | Gennady Zyuganov | غينادي زيوغانوف; زيوغانوف; Zyuganov
vladimir-zhirinovsky | فلاديمير جيرينوفسكي | Vladimir Zhirinovsky | فلاديمير جيرينوفسكي; جيرينوفسكي; Zhirinovsky
alexander-lebed | ألكسندر ليبيد | Alexander Lebed | ألكسندر ليبيد; الكسندر ليبيد
anna-politkovskaya | آنا بوليتكوفسكايا | Anna Politkovskaya | آنا بوليتكوفسكايا; بوليتكوفسكايا; Politkovskaya
alexander-litvinenko | ألكسندر ليتفيننكو | Alexander Litvinenko | ألكسندر ليتفيننكو; ليتفيننكو; Litvinenko
akhmad-kadyrov | أحمد قديروف | Akhmad Kadyrov | أحمد قديروف
zelimkhan-yandarbiyev | زليم خان يندرباييف | Zelimkhan Yandarbiyev | زليم خان يندرباييف; زليمخان يندرباييف; يندرباييف; Yandarbiyev
doku-umarov | دوكو عمروف | Doku Umarov | دوكو عمروف; دوكو عماروف
patriarch-alexy-ii | البطريرك أليكسي الثاني | Patriarch Alexy II | أليكسي الثاني; ألكسي الثاني
patriarch-kirill | البطريرك كيريل | Patriarch Kirill | البطريرك كيريل
anatoly-serdyukov | أناتولي سيرديوكوف | Anatoly Serdyukov | أناتولي سيرديوكوف; سيرديوكوف; Serdyukov
nikolai-patrushev | نيكولاي باتروشيف | Nikolai Patrushev | نيكولاي باتروشيف; باتروشيف; Patrushev
yury-luzhkov | يوري لوجكوف | Yury Luzhkov | يوري لوجكوف; لوجكوف; Luzhkov
andrei-kozyrev | أندريه كوزيريف | Andrei Kozyrev | أندريه كوزيريف; كوزيريف; Kozyrev
leonid-brezhnev | ليونيد بريجنيف | Leonid Brezhnev | ليونيد بريجنيف; بريجنيف; Brezhnev
nikita-khrushchev | نيكيتا خروتشوف | Nikita Khrushchev | نيكيتا خروتشوف; خروتشوف; Khrushchev
leonid-kuchma | ليونيد كوتشما | Leonid Kuchma | ليونيد كوتشما; كوتشما
leonid-kravchuk | ليونيد كرافتشوك | Leonid Kravchuk | ليونيد كرافتشوك; كرافتشوك; Kravchuk
aleksander-kwasniewski | ألكسندر كفاشنيفسكي | Aleksander Kwaśniewski | ألكسندر كفاشنيفسكي; كفاشنيفسكي
lech-walesa | ليخ فاونسا | Lech Wałęsa | ليخ فاونسا; ليش فاليسا; فاونسا; Wałęsa
vaclav-klaus | فاتسلاف كلاوس | Václav Klaus | فاتسلاف كلاوس
zoran-djindjic | زوران جينجيتش | Zoran Đinđić | زوران جينجيتش; زوران دجينديتش
agim-ceku | أغيم تشيكو | Agim Çeku | أغيم تشيكو
fatmir-sejdiu | فاتمير سيديو | Fatmir Sejdiu | فاتمير سيديو
ante-gotovina | أنتي غوتوفينا | Ante Gotovina | أنتي غوتوفينا; غوتوفينا; Gotovina
stjepan-mesic | ستيبان ميسيتش | Stjepan Mesić | ستيبان ميسيتش
ion-iliescu | إيون إيليسكو | Ion Iliescu | إيون إيليسكو; ايون ايليسكو
traian-basescu | ترايان باسيسكو | Traian Băsescu | ترايان باسيسكو; باسيسكو; Băsescu
nicolae-ceausescu | نيكولاي تشاوشيسكو | Nicolae Ceaușescu | نيكولاي تشاوشيسكو
josip-broz-tito | جوزيف بروز تيتو | Josip Broz Tito | جوزيف بروز تيتو; جوزيب بروز تيتو
enver-hoxha | أنور خوجة | Enver Hoxha | أنور خوجة
jean-pierre-raffarin | جان بيار رافاران | Jean-Pierre Raffarin | جان بيار رافاران; جان بيير رافاران; رافاران; Raffarin
michele-alliot-marie | ميشال أليو ماري | Michèle Alliot-Marie | ميشال أليو ماري; ميشيل أليو ماري
francois-bayrou | فرانسوا بايرو | François Bayrou | فرانسوا بايرو
jack-lang | جاك لانغ | Jack Lang | جاك لانغ; جاك لانج
bernadette-chirac | برناديت شيراك | Bernadette Chirac | برناديت شيراك
carla-bruni | كارلا بروني | Carla Bruni | كارلا بروني; كارلا بروني ساركوزي
rachida-dati | رشيدة داتي | Rachida Dati | رشيدة داتي
rama-yade | راما ياد | Rama Yade | راما ياد
brice-hortefeux | بريس أورتفو | Brice Hortefeux | بريس أورتفو; بريس هورتفو
herve-de-charette | إيرفيه دو شاريت | Hervé de Charette | إيرفيه دو شاريت; هيرفيه دو شاريت; دو شاريت
martine-aubry | مارتين أوبري | Martine Aubry | مارتين أوبري
gerard-depardieu | جيرار ديبارديو | Gérard Depardieu | جيرار ديبارديو; ديبارديو; Depardieu
catherine-deneuve | كاترين دونوف | Catherine Deneuve | كاترين دونوف; كاثرين دينوف
albert-camus | ألبير كامو | Albert Camus | ألبير كامو; ألبرت كامو
jacques-derrida | جاك دريدا | Jacques Derrida | جاك دريدا; دريدا; Derrida
michel-foucault | ميشيل فوكو | Michel Foucault | ميشيل فوكو; ميشال فوكو
roger-garaudy | روجيه غارودي | Roger Garaudy | روجيه غارودي; روجيه جارودي
bernard-henri-levy | برنار هنري ليفي | Bernard-Henri Lévy | برنار هنري ليفي
jacques-verges | جاك فيرجيس | Jacques Vergès | جاك فيرجيس; جاك فيرجس
john-prescott | جون بريسكوت | John Prescott | جون بريسكوت; جون بريسكت
kim-howells | كيم هاولز | Kim Howells | كيم هاولز
peter-mandelson | بيتر ماندلسون | Peter Mandelson | بيتر ماندلسون; ماندلسون; Mandelson
alastair-campbell | أليستير كامبل | Alastair Campbell | أليستير كامبل; ألستير كامبل
david-kelly | ديفيد كيلي | David Kelly | ديفيد كيلي
nick-clegg | نيك كليغ | Nick Clegg | نيك كليغ; نيك كليج
ed-miliband | إد ميليباند | Ed Miliband | إد ميليباند; اد ميليباند
george-osborne | جورج أوزبورن | George Osborne | جورج أوزبورن; جورج اوزبورن
michael-howard | مايكل هوارد | Michael Howard | مايكل هوارد
charles-kennedy | تشارلز كينيدي | Charles Kennedy | تشارلز كينيدي
george-galloway | جورج غالاوي | George Galloway | جورج غالاوي; جورج جالاوي; غالاوي; Galloway
ken-livingstone | كين ليفينغستون | Ken Livingstone | كين ليفينغستون; كين ليفنغستون
camilla-parker-bowles | كاميلا باركر بولز | Camilla Parker Bowles | كاميلا باركر بولز
cherie-blair | شيري بلير | Cherie Blair | شيري بلير
hilary-benn | هيلاري بن | Hilary Benn | هيلاري بن
des-browne | ديس براون | Des Browne | ديس براون
john-reid | جون ريد | John Reid | جون ريد
david-blunkett | ديفيد بلانكيت | David Blunkett | ديفيد بلانكيت; بلانكيت; Blunkett
charles-clarke | تشارلز كلارك | Charles Clarke | تشارلز كلارك
alan-johnston | آلان جونستون | Alan Johnston | آلان جونستون; ألان جونستون
horst-koehler | هورست كولر | Horst Köhler | هورست كولر; هورست كوهلر
johannes-rau | يوهانس راو | Johannes Rau | يوهانس راو
roman-herzog | رومان هرتسوغ | Roman Herzog | رومان هرتسوغ; رومان هيرتزوغ
wolfgang-schaeuble | فولفغانغ شويبله | Wolfgang Schäuble | فولفغانغ شويبله; شويبله; Schäuble
franz-josef-jung | فرانز يوزف يونغ | Franz Josef Jung | فرانز يوزف يونغ; فرانتس يوزف يونغ
otto-schily | أوتو شيلي | Otto Schily | أوتو شيلي
peer-steinbrueck | بيير شتاينبروك | Peer Steinbrück | بيير شتاينبروك; بير شتاينبروك; شتاينبروك; Steinbrück
oskar-lafontaine | أوسكار لافونتين | Oskar Lafontaine | أوسكار لافونتين; لافونتين; Lafontaine
edmund-stoiber | إدموند شتويبر | Edmund Stoiber | إدموند شتويبر; ادموند شتويبر; شتويبر; Stoiber
christian-wulff | كريستيان فولف | Christian Wulff | كريستيان فولف
joachim-gauck | يواخيم غاوك | Joachim Gauck | يواخيم غاوك; يواكيم غاوك; غاوك; Gauck
sigmar-gabriel | زيغمار غابرييل | Sigmar Gabriel | زيغمار غابرييل; سيغمار غابرييل
hans-dietrich-genscher | هانز ديتريش غينشر | Hans-Dietrich Genscher | هانز ديتريش غينشر; هانس ديتريش غينشر
willy-brandt | فيلي برانت | Willy Brandt | فيلي برانت; ويلي برانت
helmut-schmidt | هلموت شميت | Helmut Schmidt | هلموت شميت; هيلموت شميدت
konrad-adenauer | كونراد أديناور | Konrad Adenauer | كونراد أديناور; أديناور; Adenauer
giuliano-amato | جوليانو أماتو | Giuliano Amato | جوليانو أماتو
carlo-azeglio-ciampi | كارلو أتسيليو تشامبي | Carlo Azeglio Ciampi | كارلو أتسيليو تشامبي; كارلو تشامبي; تشامبي
giorgio-napolitano | جورجو نابوليتانو | Giorgio Napolitano | جورجو نابوليتانو; جورجيو نابوليتانو; نابوليتانو; Napolitano
gianfranco-fini | جانفرانكو فيني | Gianfranco Fini | جانفرانكو فيني; جيانفرانكو فيني
umberto-bossi | أومبرتو بوسي | Umberto Bossi | أومبرتو بوسي; أمبرتو بوسي
lamberto-dini | لامبرتو ديني | Lamberto Dini | لامبرتو ديني
mario-monti | ماريو مونتي | Mario Monti | ماريو مونتي
walter-veltroni | والتر فيلتروني | Walter Veltroni | والتر فيلتروني; فيلتروني; Veltroni
giulio-andreotti | جوليو أندريوتي | Giulio Andreotti | جوليو أندريوتي; أندريوتي; Andreotti
benito-mussolini | بينيتو موسوليني | Benito Mussolini | بينيتو موسوليني; موسوليني; Mussolini
felipe-gonzalez | فيليبي غونزاليس | Felipe González | فيليبي غونزاليس; فيليبي جونزاليس
juan-carlos-i | الملك خوان كارلوس الأول | King Juan Carlos I | خوان كارلوس الأول
francisco-franco | فرانشيسكو فرانكو | Francisco Franco | فرانشيسكو فرانكو
wolfgang-schuessel | فولفغانغ شوسيل | Wolfgang Schüssel | فولفغانغ شوسيل; شوسيل; Schüssel
joerg-haider | يورغ هايدر | Jörg Haider | يورغ هايدر; هايدر
heinz-fischer | هاينز فيشر | Heinz Fischer | هاينز فيشر
goran-persson | غوران بيرسون | Göran Persson | غوران بيرسون; يوران بيرسون
anna-lindh | آنا ليند | Anna Lindh | آنا ليند
jonas-gahr-store | يوناس غار ستوره | Jonas Gahr Støre | يوناس غار ستوره; يوناس غار ستور
ayaan-hirsi-ali | أيان حرسي علي | Ayaan Hirsi Ali | أيان حرسي علي; أيان هيرسي علي
geert-wilders | خيرت فيلدرز | Geert Wilders | خيرت فيلدرز; غيرت فيلدرز; فيلدرز; Wilders
theo-van-gogh | ثيو فان غوخ | Theo van Gogh | ثيو فان غوخ
pim-fortuyn | بيم فورتاون | Pim Fortuyn | بيم فورتاون; بيم فورتوين
george-papandreou | جورج باباندريو | George Papandreou | جورج باباندريو
andreas-papandreou | أندرياس باباندريو | Andreas Papandreou | أندرياس باباندريو
costas-simitis | كوستاس سيميتيس | Costas Simitis | كوستاس سيميتيس; سيميتيس; Simitis
demetris-christofias | ديمتريس خريستوفياس | Demetris Christofias | ديمتريس خريستوفياس; ديميتريس كريستوفياس; خريستوفياس; Christofias
glafcos-clerides | غلافكوس كليريدس | Glafcos Clerides | غلافكوس كليريدس; كليريدس; Clerides
rauf-denktash | رؤوف دنكطاش | Rauf Denktaş | رؤوف دنكطاش; رؤوف دنكتاش; دنكطاش; دنكتاش; Denktaş
mehmet-ali-talat | محمد علي طلعت | Mehmet Ali Talat | محمد علي طلعت
bertie-ahern | بيرتي أهيرن | Bertie Ahern | بيرتي أهيرن
gerry-adams | جيري آدامز | Gerry Adams | جيري آدامز; جيري أدامز
ian-paisley | إيان بيزلي | Ian Paisley | إيان بيزلي; ايان بيزلي
louis-michel | لوي ميشال | Louis Michel | لوي ميشال; لويس ميشيل
margot-wallstrom | مارغوت فالستروم | Margot Wallström | مارغوت فالستروم
chris-patten | كريس باتن | Chris Patten | كريس باتن; كريس باتين
pascal-lamy | باسكال لامي | Pascal Lamy | باسكال لامي
rodrigo-rato | رودريغو راتو | Rodrigo Rato | رودريغو راتو; رودريجو راتو
jean-claude-trichet | جان كلود تريشيه | Jean-Claude Trichet | جان كلود تريشيه; تريشيه; Trichet
michel-camdessus | ميشال كامديسو | Michel Camdessus | ميشال كامديسو; ميشيل كامدسو
john-edwards | جون إدواردز | John Edwards | جون إدواردز; جون ادواردز
sarah-palin | سارة بالين | Sarah Palin | سارة بالين; ساره بالين
bill-richardson | بيل ريتشاردسون | Bill Richardson | بيل ريتشاردسون
rahm-emanuel | رام إيمانويل | Rahm Emanuel | رام إيمانويل; رام عمانوئيل
robert-gibbs | روبرت غيبس | Robert Gibbs | روبرت غيبس; روبرت جيبس
karl-rove | كارل روف | Karl Rove | كارل روف
ari-fleischer | آري فلايشر | Ari Fleischer | آري فلايشر; اري فلايشر; فلايشر; Fleischer
scooter-libby | لويس ليبي | Lewis "Scooter" Libby | لويس ليبي; سكوتر ليبي
douglas-feith | دوغلاس فايث | Douglas Feith | دوغلاس فايث; دوجلاس فيث
richard-perle | ريتشارد بيرل | Richard Perle | ريتشارد بيرل
elliott-abrams | إليوت أبرامز | Elliott Abrams | إليوت أبرامز; اليوت ابرامز
karen-hughes | كارين هيوز | Karen Hughes | كارين هيوز
tom-casey | توم كيسي | Tom Casey | توم كيسي
richard-boucher | ريتشارد باوتشر | Richard Boucher | ريتشارد باوتشر; باوتشر
adam-ereli | آدم إيرلي | Adam Ereli | آدم إيرلي; آدم ايرلي
james-rubin | جيمس روبين | James Rubin | جيمس روبين; جيمس روبن
martin-indyk | مارتن إنديك | Martin Indyk | مارتن إنديك; مارتن انديك; إنديك; Indyk
aaron-miller | آرون ميلر | Aaron David Miller | آرون ميلر; آرون ديفيد ميلر
anthony-zinni | أنتوني زيني | Anthony Zinni | أنتوني زيني; انتوني زيني
william-cohen | وليام كوهين | William Cohen | وليام كوهين; ويليام كوهين
warren-christopher | وارن كريستوفر | Warren Christopher | وارن كريستوفر
sandy-berger | صموئيل بيرغر | Sandy Berger | صموئيل بيرغر; ساندي بيرغر
richard-holbrooke | ريتشارد هولبروك | Richard Holbrooke | ريتشارد هولبروك; هولبروك; Holbrooke
william-fallon | وليام فالون | William Fallon | وليام فالون; ويليام فالون
george-casey | جورج كيسي | George Casey | جورج كيسي
ricardo-sanchez | ريكاردو سانشيز | Ricardo Sanchez | ريكاردو سانشيز
stanley-mcchrystal | ستانلي ماكريستال | Stanley McChrystal | ستانلي ماكريستال; ستانلي ماكرستال; ماكريستال; McChrystal
ray-odierno | راي أوديرنو | Ray Odierno | راي أوديرنو; أوديرنو; Odierno
peter-pace | بيتر بيس | Peter Pace | بيتر بيس
richard-myers | ريتشارد مايرز | Richard Myers | ريتشارد مايرز
mike-mullen | مايك مولن | Mike Mullen | مايك مولن; مايكل مولن
michael-hayden | مايكل هايدن | Michael Hayden | مايكل هايدن
porter-goss | بورتر غوس | Porter Goss | بورتر غوس; بورتر جوس
eric-holder | إريك هولدر | Eric Holder | إريك هولدر; اريك هولدر
ted-kennedy | إدوارد كينيدي | Ted Kennedy | تيد كينيدي; إدوارد كينيدي; ادوارد كينيدي
robert-f-kennedy | روبرت كينيدي | Robert F. Kennedy | روبرت كينيدي
richard-lugar | ريتشارد لوغار | Richard Lugar | ريتشارد لوغار; ريتشارد لوجار
newt-gingrich | نيوت غينغريتش | Newt Gingrich | نيوت غينغريتش; نيوت جينجريتش; غينغريتش; Gingrich
dennis-hastert | دينيس هاسترت | Dennis Hastert | دينيس هاسترت; دنيس هاسترت
bill-frist | بيل فريست | Bill Frist | بيل فريست
jesse-jackson | جيسي جاكسون | Jesse Jackson | جيسي جاكسون; القس جيسي جاكسون
louis-farrakhan | لويس فرقان | Louis Farrakhan | لويس فرقان; لويس فراخان
malcolm-x | مالكوم إكس | Malcolm X | مالكوم إكس; مالكولم إكس
ralph-nader | رالف نادر | Ralph Nader | رالف نادر
mike-huckabee | مايك هاكابي | Mike Huckabee | مايك هاكابي
ron-paul | رون بول | Ron Paul | رون بول
keith-ellison | كيث إليسون | Keith Ellison | كيث إليسون
tom-ridge | توم ريدج | Tom Ridge | توم ريدج
john-snow | جون سنو | John Snow | جون سنو
paul-oneill | بول أونيل | Paul O'Neill | بول أونيل
larry-summers | لورانس سمرز | Larry Summers | لورانس سمرز; لاري سمرز
gerald-ford | جيرالد فورد | Gerald Ford | جيرالد فورد
lyndon-johnson | ليندون جونسون | Lyndon Johnson | ليندون جونسون
dwight-eisenhower | دوايت أيزنهاور | Dwight Eisenhower | دوايت أيزنهاور; أيزنهاور; ايزنهاور; Eisenhower
franklin-roosevelt | فرانكلين روزفلت | Franklin D. Roosevelt | فرانكلين روزفلت; روزفلت
harry-truman | هاري ترومان | Harry Truman | هاري ترومان; ترومان; Truman
george-washington | جورج واشنطن | George Washington | جورج واشنطن
thomas-jefferson | توماس جيفرسون | Thomas Jefferson | توماس جيفرسون
woodrow-wilson | وودرو ويلسون | Woodrow Wilson | وودرو ويلسون
monica-lewinsky | مونيكا لوينسكي | Monica Lewinsky | مونيكا لوينسكي; مونيكا لوينسكى; لوينسكي; Lewinsky
kenneth-starr | كينيث ستار | Kenneth Starr | كينيث ستار; كينيث ستار
seymour-hersh | سيمور هيرش | Seymour Hersh | سيمور هيرش
thomas-friedman | توماس فريدمان | Thomas Friedman | توماس فريدمان
samuel-huntington | صموئيل هنتنغتون | Samuel Huntington | صموئيل هنتنغتون; صامويل هنتنغتون; هنتنغتون; هنتنجتون
francis-fukuyama | فرانسيس فوكوياما | Francis Fukuyama | فرانسيس فوكوياما; فوكوياما; Fukuyama
bernard-lewis | برنارد لويس | Bernard Lewis | برنارد لويس
robert-fisk | روبرت فيسك | Robert Fisk | روبرت فيسك
daniel-pipes | دانيال بايبس | Daniel Pipes | دانيال بايبس; دانييل بايبس
helen-thomas | هيلين توماس | Helen Thomas | هيلين توماس
timothy-mcveigh | تيموثي ماكفي | Timothy McVeigh | تيموثي ماكفي
john-walker-lindh | جون ووكر ليند | John Walker Lindh | جون ووكر ليند
zacarias-moussaoui | زكريا موسوي | Zacarias Moussaoui | زكريا موسوي; زكريا الموسوي
richard-reid | ريتشارد ريد | Richard Reid | ريتشارد ريد
ramzi-bin-al-shibh | رمزي بن الشيبة | Ramzi bin al-Shibh | رمزي بن الشيبة; رمزي بن الشيبه
ramzi-yousef | رمزي يوسف | Ramzi Yousef | رمزي يوسف
suleiman-abu-ghaith | سليمان أبو غيث | Suleiman Abu Ghaith | سليمان أبو غيث
abu-zubaydah | أبو زبيدة | Abu Zubaydah | أبو زبيدة
mohammed-atef | محمد عاطف | Mohammed Atef | محمد عاطف; أبو حفص المصري
abu-yahya-al-libi | أبو يحيى الليبي | Abu Yahya al-Libi | أبو يحيى الليبي
adam-gadahn | آدم غدن | Adam Gadahn | آدم غدن; آدم يحيى غدن; عزام الأمريكي
mustafa-abu-al-yazid | مصطفى أبو اليزيد | Mustafa Abu al-Yazid | مصطفى أبو اليزيد
abu-laith-al-libi | أبو الليث الليبي | Abu Laith al-Libi | أبو الليث الليبي
omar-bakri-muhammad | عمر بكري محمد | Omar Bakri Muhammad | عمر بكري محمد; عمر بكري
abu-qatada | أبو قتادة | Abu Qatada | أبو قتادة; أبو قتادة الفلسطيني; عمر محمود عثمان
abu-muhammad-al-maqdisi | أبو محمد المقدسي | Abu Muhammad al-Maqdisi | أبو محمد المقدسي; عصام البرقاوي
salim-hamdan | سالم حمدان | Salim Hamdan | سالم حمدان
carla-del-ponte | كارلا ديل بونتي | Carla Del Ponte | كارلا ديل بونتي; كارلا دل بونتي
olli-heinonen | أولي هاينونين | Olli Heinonen | أولي هاينونين; هاينونين; Heinonen
john-holmes | جون هولمز | John Holmes | جون هولمز
mark-malloch-brown | مارك مالوك براون | Mark Malloch Brown | مارك مالوك براون
ibrahim-gambari | إبراهيم غمباري | Ibrahim Gambari | إبراهيم غمباري; إبراهيم جمباري; غمباري; Gambari
jean-marie-guehenno | جان ماري غيهينو | Jean-Marie Guéhenno | جان ماري غيهينو
karen-abuzayd | كارين أبو زيد | Karen AbuZayd | كارين أبو زيد; كارين ابو زيد
peter-hansen | بيتر هانسن | Peter Hansen | بيتر هانسن
john-ging | جون جينغ | John Ging | جون جينغ; جون غينغ
richard-falk | ريتشارد فولك | Richard Falk | ريتشارد فولك
john-dugard | جون دوغارد | John Dugard | جون دوغارد; جون دوجارد
richard-goldstone | ريتشارد غولدستون | Richard Goldstone | ريتشارد غولدستون; ريتشارد جولدستون; غولدستون; جولدستون; Goldstone
luis-moreno-ocampo | لويس مورينو أوكامبو | Luis Moreno Ocampo | لويس مورينو أوكامبو; لويس مورينو اوكامبو; مورينو أوكامبو; أوكامبو
richard-butler | ريتشارد بتلر | Richard Butler | ريتشارد بتلر
rolf-ekeus | رولف إيكيوس | Rolf Ekéus | رولف إيكيوس; رولف ايكيوس
scott-ritter | سكوت ريتر | Scott Ritter | سكوت ريتر
hans-von-sponeck | هانز فون سبونيك | Hans von Sponeck | هانز فون سبونيك; هانس فون سبونيك
denis-halliday | دينيس هاليداي | Denis Halliday | دينيس هاليداي; دنيس هاليداي
benon-sevan | بينون سيفان | Benon Sevan | بينون سيفان
george-robertson | جورج روبرتسون | George Robertson | جورج روبرتسون
joao-havelange | جواو هافيلانج | João Havelange | جواو هافيلانج; هافيلانج; Havelange
daniel-arap-moi | دانيال أراب موي | Daniel arap Moi | دانيال أراب موي; دانيال اراب موي
kenneth-kaunda | كينيث كاوندا | Kenneth Kaunda | كينيث كاوندا; كاوندا
julius-nyerere | جوليوس نيريري | Julius Nyerere | جوليوس نيريري; نيريري; Nyerere
uhuru-kenyatta | أوهورو كينياتا | Uhuru Kenyatta | أوهورو كينياتا
jomo-kenyatta | جومو كينياتا | Jomo Kenyatta | جومو كينياتا
fw-de-klerk | فريدريك دي كليرك | F. W. de Klerk | فريدريك دي كليرك; دي كليرك
desmond-tutu | ديزموند توتو | Desmond Tutu | ديزموند توتو; ديسموند توتو
winnie-mandela | ويني مانديلا | Winnie Mandela | ويني مانديلا
morgan-tsvangirai | مورغان تسفانغيراي | Morgan Tsvangirai | مورغان تسفانغيراي; مورغان تشانغيراي; تسفانغيراي; Tsvangirai
laurent-kabila | لوران كابيلا | Laurent-Désiré Kabila | لوران كابيلا; لوران ديزيريه كابيلا
mobutu-sese-seko | موبوتو سيسي سيكو | Mobutu Sese Seko | موبوتو سيسي سيكو; موبوتو; Mobutu
patrice-lumumba | باتريس لومومبا | Patrice Lumumba | باتريس لومومبا; لومومبا; Lumumba
charles-taylor | تشارلز تايلور | Charles Taylor | تشارلز تايلور
foday-sankoh | فوداي سنكوح | Foday Sankoh | فوداي سنكوح; فوداي سانكوه
ahmad-tejan-kabbah | أحمد تيجان كباه | Ahmad Tejan Kabbah | أحمد تيجان كباه; تيجان كباه
sani-abacha | ساني أباتشا | Sani Abacha | ساني أباتشا; ساني اباتشا
ibrahim-babangida | إبراهيم بابانغيدا | Ibrahim Babangida | إبراهيم بابانغيدا; بابانغيدا
goodluck-jonathan | غودلاك جوناثان | Goodluck Jonathan | غودلاك جوناثان; جودلاك جوناثان
muhammadu-buhari | محمد بخاري | Muhammadu Buhari | محمد بخاري; محمدو بخاري
yahya-jammeh | يحيى جامع | Yahya Jammeh | يحيى جامع; يحيى جامي
lansana-conte | لانسانا كونتي | Lansana Conté | لانسانا كونتي; لانسانا كونته
moussa-dadis-camara | موسى داديس كامارا | Moussa Dadis Camara | موسى داديس كامارا; داديس كامارا
alpha-conde | ألفا كوندي | Alpha Condé | ألفا كوندي; ألفا كونديه
abdou-diouf | عبدو ضيوف | Abdou Diouf | عبدو ضيوف; عبده ضيوف
leopold-senghor | ليوبولد سيدار سنغور | Léopold Sédar Senghor | ليوبولد سيدار سنغور; ليوبولد سنغور; سنغور; Senghor
mamadou-tandja | مامادو تانجا | Mamadou Tandja | مامادو تانجا; تانجا; Tandja
hissene-habre | حسين حبري | Hissène Habré | حسين حبري; حسين هبري
francois-bozize | فرانسوا بوزيزي | François Bozizé | فرانسوا بوزيزي; فرانسوا بوزيزيه; بوزيزي; Bozizé
paul-biya | بول بيا | Paul Biya | بول بيا
pierre-nkurunziza | بيير نكورونزيزا | Pierre Nkurunziza | بيير نكورونزيزا; نكورونزيزا; Nkurunziza
juvenal-habyarimana | جوفينال هابياريمانا | Juvénal Habyarimana | جوفينال هابياريمانا; هابياريمانا; Habyarimana
joseph-kony | جوزيف كوني | Joseph Kony | جوزيف كوني
idi-amin | عيدي أمين | Idi Amin | عيدي أمين; عيدي امين
mengistu-haile-mariam | منغستو هيلا مريام | Mengistu Haile Mariam | منغستو هيلا مريام; منغستو هايلي مريام; منغستو; Mengistu
haile-selassie | هيلا سيلاسي | Haile Selassie | هيلا سيلاسي; هيلاسيلاسي; هيلا سلاسي
kwame-nkrumah | كوامي نكروما | Kwame Nkrumah | كوامي نكروما; نكروما; Nkrumah
jerry-rawlings | جيري رولينغز | Jerry Rawlings | جيري رولينغز; جيري رولنجز
john-kufuor | جون كوفور | John Kufuor | جون كوفور; جون كوفوور
thomas-sankara | توماس سانكارا | Thomas Sankara | توماس سانكارا; سانكارا; Sankara
cristina-fernandez-de-kirchner | كريستينا فرنانديز دي كيرشنر | Cristina Fernández de Kirchner | كريستينا فرنانديز دي كيرشنر; كريستينا فرنانديز; كريستينا كيرشنر
carlos-menem | كارلوس منعم | Carlos Menem | كارلوس منعم; كارلوس منم
vicente-fox | فيسنتي فوكس | Vicente Fox | فيسنتي فوكس; فيسينتي فوكس
felipe-calderon | فيليبي كالديرون | Felipe Calderón | فيليبي كالديرون; فيليب كالديرون
rafael-correa | رافائيل كوريا | Rafael Correa | رافائيل كوريا; رافاييل كوريا
fernando-lugo | فرناندو لوغو | Fernando Lugo | فرناندو لوغو; فرناندو لوجو
alan-garcia | آلان غارسيا | Alan García | آلان غارسيا; ألان غارسيا
alejandro-toledo | أليخاندرو توليدو | Alejandro Toledo | أليخاندرو توليدو
fernando-henrique-cardoso | فرناندو هنريكي كاردوسو | Fernando Henrique Cardoso | فرناندو هنريكي كاردوسو; فرناندو هنريك كاردوسو
manuel-zelaya | مانويل زيلايا | Manuel Zelaya | مانويل زيلايا; زيلايا; Zelaya
juan-manuel-santos | خوان مانويل سانتوس | Juan Manuel Santos | خوان مانويل سانتوس
manuel-marulanda | مانويل مارولاندا | Manuel Marulanda | مانويل مارولاندا; مارولاندا; Marulanda
ingrid-betancourt | إنغريد بيتانكور | Ingrid Betancourt | إنغريد بيتانكور; انغريد بيتانكور; بيتانكور; Betancourt
salvador-allende | سلفادور أليندي | Salvador Allende | سلفادور أليندي; سلفادور الليندي
ricardo-lagos | ريكاردو لاغوس | Ricardo Lagos | ريكاردو لاغوس
tabare-vazquez | تاباريه فاسكيز | Tabaré Vázquez | تاباريه فاسكيز
jose-mujica | خوسيه موخيكا | José Mujica | خوسيه موخيكا; موخيكا; Mujica
juan-peron | خوان بيرون | Juan Perón | خوان بيرون
eva-peron | إيفا بيرون | Eva Perón | إيفا بيرون; ايفا بيرون
simon-bolivar | سيمون بوليفار | Simón Bolívar | سيمون بوليفار
manuel-noriega | مانويل نورييغا | Manuel Noriega | مانويل نورييغا; مانويل نورييجا; نورييغا; Noriega
khadija-bint-khuwaylid | خديجة بنت خويلد | Khadija bint Khuwaylid | خديجة بنت خويلد
aisha-bint-abi-bakr | عائشة بنت أبي بكر | Aisha bint Abi Bakr | عائشة بنت أبي بكر
fatima-al-zahra | فاطمة الزهراء | Fatima al-Zahra | فاطمة الزهراء; السيدة فاطمة الزهراء
hamza-ibn-abd-al-muttalib | حمزة بن عبد المطلب | Hamza ibn Abd al-Muttalib | حمزة بن عبد المطلب; حمزة بن عبدالمطلب
al-abbas-ibn-abd-al-muttalib | العباس بن عبد المطلب | al-Abbas ibn Abd al-Muttalib | العباس بن عبد المطلب; العباس بن عبدالمطلب
abd-al-muttalib | عبد المطلب بن هاشم | Abd al-Muttalib | عبد المطلب بن هاشم
abu-talib | أبو طالب بن عبد المطلب | Abu Talib | أبو طالب بن عبد المطلب
ibn-abbas | عبد الله بن عباس | Abd Allah ibn Abbas | عبد الله بن عباس; عبدالله بن عباس
abu-hurairah | أبو هريرة | Abu Hurairah | أبو هريرة
salman-al-farisi | سلمان الفارسي | Salman al-Farisi | سلمان الفارسي
bilal-ibn-rabah | بلال بن رباح | Bilal ibn Rabah | بلال بن رباح; بلال الحبشي
abu-dharr-al-ghifari | أبو ذر الغفاري | Abu Dharr al-Ghifari | أبو ذر الغفاري; أبو ذر
ammar-ibn-yasir | عمار بن ياسر | Ammar ibn Yasir | عمار بن ياسر
saad-ibn-abi-waqqas | سعد بن أبي وقاص | Sa'd ibn Abi Waqqas | سعد بن أبي وقاص
al-zubayr-ibn-al-awwam | الزبير بن العوام | al-Zubayr ibn al-Awwam | الزبير بن العوام
talha-ibn-ubaydullah | طلحة بن عبيد الله | Talha ibn Ubaydullah | طلحة بن عبيد الله
abd-al-rahman-ibn-awf | عبد الرحمن بن عوف | Abd al-Rahman ibn Awf | عبد الرحمن بن عوف; عبدالرحمن بن عوف
abu-ubayda-ibn-al-jarrah | أبو عبيدة بن الجراح | Abu Ubayda ibn al-Jarrah | أبو عبيدة بن الجراح; أبو عبيدة عامر بن الجراح
muadh-ibn-jabal | معاذ بن جبل | Muadh ibn Jabal | معاذ بن جبل
amr-ibn-al-as | عمرو بن العاص | Amr ibn al-As | عمرو بن العاص
abu-sufyan | أبو سفيان بن حرب | Abu Sufyan | أبو سفيان بن حرب; أبو سفيان
abu-jahl | أبو جهل | Abu Jahl | أبو جهل
abu-lahab | أبو لهب | Abu Lahab | أبو لهب
yazid-i | يزيد بن معاوية | Yazid I | يزيد بن معاوية
abd-al-malik-ibn-marwan | عبد الملك بن مروان | Abd al-Malik ibn Marwan | عبد الملك بن مروان; عبدالملك بن مروان
al-hajjaj-ibn-yusuf | الحجاج بن يوسف الثقفي | al-Hajjaj ibn Yusuf | الحجاج بن يوسف الثقفي; الحجاج بن يوسف
umar-ibn-abd-al-aziz | عمر بن عبد العزيز | Umar ibn Abd al-Aziz | عمر بن عبد العزيز; عمر بن عبدالعزيز
al-mamun | الخليفة المأمون | al-Ma'mun | الخليفة المأمون
malik-ibn-anas | مالك بن أنس | Malik ibn Anas | مالك بن أنس
abu-hanifa | أبو حنيفة النعمان | Abu Hanifa | أبو حنيفة النعمان; أبو حنيفة; الإمام أبو حنيفة
al-shafii | محمد بن إدريس الشافعي | al-Shafi'i | محمد بن إدريس الشافعي
ahmad-ibn-hanbal | أحمد بن حنبل | Ahmad ibn Hanbal | أحمد بن حنبل; الإمام أحمد بن حنبل; ابن حنبل
ibn-qayyim | ابن قيم الجوزية | Ibn Qayyim al-Jawziyya | ابن قيم الجوزية; ابن القيم
ibn-kathir | ابن كثير | Ibn Kathir | ابن كثير; إسماعيل بن كثير
ibn-hazm | ابن حزم الأندلسي | Ibn Hazm | ابن حزم; ابن حزم الأندلسي
al-kindi | يعقوب بن إسحاق الكندي | al-Kindi | يعقوب بن إسحاق الكندي
ibn-al-nafis | ابن النفيس | Ibn al-Nafis | ابن النفيس
al-idrisi | الشريف الإدريسي | al-Idrisi | الشريف الإدريسي
ibn-majid | أحمد بن ماجد | Ahmad ibn Majid | أحمد بن ماجد; ابن ماجد
jabir-ibn-hayyan | جابر بن حيان | Jabir ibn Hayyan | جابر بن حيان
al-biruni | أبو الريحان البيروني | al-Biruni | أبو الريحان البيروني; البيروني
ibn-al-muqaffa | عبد الله بن المقفع | Ibn al-Muqaffa | ابن المقفع; عبد الله بن المقفع
sibawayh | سيبويه | Sibawayh | سيبويه
al-farahidi | الخليل بن أحمد الفراهيدي | al-Khalil ibn Ahmad al-Farahidi | الخليل بن أحمد الفراهيدي; الفراهيدي
abu-tammam | أبو تمام | Abu Tammam | أبو تمام
al-buhturi | البحتري | al-Buhturi | البحتري
al-farazdaq | الفرزدق | al-Farazdaq | الفرزدق
jarir | جرير بن عطية | Jarir ibn Atiyah | جرير بن عطية
zuhayr-bin-abi-sulma | زهير بن أبي سلمى | Zuhayr bin Abi Sulma | زهير بن أبي سلمى
tarafa | طرفة بن العبد | Tarafa | طرفة بن العبد
qays-ibn-al-mulawwah | قيس بن الملوح | Qays ibn al-Mulawwah | قيس بن الملوح; مجنون ليلى
umar-ibn-abi-rabia | عمر بن أبي ربيعة | Umar ibn Abi Rabi'a | عمر بن أبي ربيعة
bashar-ibn-burd | بشار بن برد | Bashshar ibn Burd | بشار بن برد
abu-firas-al-hamdani | أبو فراس الحمداني | Abu Firas al-Hamdani | أبو فراس الحمداني
ibn-zaydun | ابن زيدون | Ibn Zaydun | ابن زيدون
sayf-al-dawla | سيف الدولة الحمداني | Sayf al-Dawla | سيف الدولة الحمداني
nur-ad-din-zengi | نور الدين زنكي | Nur ad-Din Zengi | نور الدين زنكي; نور الدين محمود زنكي
imad-ad-din-zengi | عماد الدين زنكي | Imad ad-Din Zengi | عماد الدين زنكي
baybars | الظاهر بيبرس | Baybars | الظاهر بيبرس; بيبرس
qutuz | سيف الدين قطز | Qutuz | سيف الدين قطز; قطز
abdul-hamid-ii | السلطان عبد الحميد الثاني | Abdul Hamid II | عبد الحميد الثاني; عبدالحميد الثاني
selim-i | السلطان سليم الأول | Selim I | سليم الأول
osman-i | عثمان الأول | Osman I | عثمان الأول; عثمان بن أرطغرل
ertugrul | أرطغرل | Ertuğrul | أرطغرل
ibrahim-hananu | إبراهيم هنانو | Ibrahim Hananu | إبراهيم هنانو
fawzi-al-qawuqji | فوزي القاوقجي | Fawzi al-Qawuqji | فوزي القاوقجي
zaki-al-arsuzi | زكي الأرسوزي | Zaki al-Arsuzi | زكي الأرسوزي
salah-al-din-al-bitar | صلاح الدين البيطار | Salah al-Din al-Bitar | صلاح الدين البيطار
akram-al-hawrani | أكرم الحوراني | Akram al-Hawrani | أكرم الحوراني
badawi-al-jabal | بدوي الجبل | Badawi al-Jabal | بدوي الجبل
omar-abu-risha | عمر أبو ريشة | Omar Abu Risha | عمر أبو ريشة
mohammed-mahdi-al-jawahiri | محمد مهدي الجواهري | Muhammad Mahdi al-Jawahiri | محمد مهدي الجواهري; الجواهري
maruf-al-rusafi | معروف الرصافي | Maruf al-Rusafi | معروف الرصافي; الرصافي
jamil-sidqi-al-zahawi | جميل صدقي الزهاوي | Jamil Sidqi al-Zahawi | جميل صدقي الزهاوي; الزهاوي
saadi-youssef | سعدي يوسف | Saadi Youssef | سعدي يوسف
abdul-razzaq-abdul-wahid | عبد الرزاق عبد الواحد | Abdul Razzaq Abdul Wahid | عبد الرزاق عبد الواحد; عبدالرزاق عبدالواحد
tawfiq-zayyad | توفيق زياد | Tawfiq Zayyad | توفيق زياد
muin-bseiso | معين بسيسو | Muin Bseiso | معين بسيسو
ibrahim-tuqan | إبراهيم طوقان | Ibrahim Tuqan | إبراهيم طوقان
emile-habibi | إميل حبيبي | Emile Habibi | إميل حبيبي; اميل حبيبي
mourid-barghouti | مريد البرغوثي | Mourid Barghouti | مريد البرغوثي
tamim-barghouti | تميم البرغوثي | Tamim al-Barghouti | تميم البرغوثي
ahmed-matar | أحمد مطر | Ahmed Matar | أحمد مطر
elia-abu-madi | إيليا أبو ماضي | Elia Abu Madi | إيليا أبو ماضي; ايليا ابو ماضي
mikhail-naimy | ميخائيل نعيمة | Mikhail Naimy | ميخائيل نعيمة
unsi-al-hajj | أنسي الحاج | Unsi al-Hajj | أنسي الحاج
khalil-hawi | خليل حاوي | Khalil Hawi | خليل حاوي
george-jordac | جورج جرداق | George Jordac | جورج جرداق
hanna-mina | حنا مينه | Hanna Mina | حنا مينه; حنا مينا
abdul-salam-al-ujaili | عبد السلام العجيلي | Abdul Salam al-Ujaili | عبد السلام العجيلي
zakaria-tamer | زكريا تامر | Zakaria Tamer | زكريا تامر
saadallah-wannous | سعد الله ونوس | Saadallah Wannous | سعد الله ونوس; سعدالله ونوس
elias-khoury | إلياس خوري | Elias Khoury | إلياس خوري; الياس خوري
amin-maalouf | أمين معلوف | Amin Maalouf | أمين معلوف
ibrahim-al-koni | إبراهيم الكوني | Ibrahim al-Koni | إبراهيم الكوني
hisham-sharabi | هشام شرابي | Hisham Sharabi | هشام شرابي
constantin-zureiq | قسطنطين زريق | Constantin Zureiq | قسطنطين زريق
sati-al-husri | ساطع الحصري | Sati' al-Husri | ساطع الحصري
melhem-barakat | ملحم بركات | Melhem Barakat | ملحم بركات
ragheb-alama | راغب علامة | Ragheb Alama | راغب علامة
julia-boutros | جوليا بطرس | Julia Boutros | جوليا بطرس
wael-kfoury | وائل كفوري | Wael Kfoury | وائل كفوري
assi-el-hallani | عاصي الحلاني | Assi El Hallani | عاصي الحلاني
nawal-al-zoghbi | نوال الزغبي | Nawal Al Zoghbi | نوال الزغبي
myriam-fares | ميريام فارس | Myriam Fares | ميريام فارس
carole-samaha | كارول سماحة | Carole Samaha | كارول سماحة
diana-haddad | ديانا حداد | Diana Haddad | ديانا حداد
walid-toufic | وليد توفيق | Walid Toufic | وليد توفيق
mansour-rahbani | منصور الرحباني | Mansour Rahbani | منصور الرحباني
assi-rahbani | عاصي الرحباني | Assi Rahbani | عاصي الرحباني
fadl-shaker | فضل شاكر | Fadl Shaker | فضل شاكر
mayada-el-hennawy | ميادة الحناوي | Mayada El Hennawy | ميادة الحناوي
ehab-tawfik | إيهاب توفيق | Ehab Tawfik | إيهاب توفيق
ilham-al-madfai | إلهام المدفعي | Ilham al-Madfai | إلهام المدفعي
jamal-suleiman | جمال سليمان | Jamal Suleiman | جمال سليمان
ayman-zeidan | أيمن زيدان | Ayman Zeidan | أيمن زيدان
yasser-al-azma | ياسر العظمة | Yasser al-Azma | ياسر العظمة
sulaf-fawakherji | سلاف فواخرجي | Sulaf Fawakherji | سلاف فواخرجي
bassem-yakhour | باسم ياخور | Bassem Yakhour | باسم ياخور
najdat-anzour | نجدت أنزور | Najdat Anzour | نجدت أنزور; نجدة أنزور
nihad-qalai | نهاد قلعي | Nihad Qalai | نهاد قلعي
ali-ferzat | علي فرزات | Ali Ferzat | علي فرزات
britney-spears | بريتني سبيرز | Britney Spears | بريتني سبيرز; Britney Spears
jennifer-lopez | جينيفر لوبيز | Jennifer Lopez | جينيفر لوبيز; جنيفر لوبيز; Jennifer Lopez
whitney-houston | ويتني هيوستن | Whitney Houston | ويتني هيوستن; Whitney Houston
elton-john | إلتون جون | Elton John | إلتون جون; التون جون; Elton John
paul-mccartney | بول مكارتني | Paul McCartney | بول مكارتني; Paul McCartney
julio-iglesias | خوليو إغليسياس | Julio Iglesias | خوليو إغليسياس; Julio Iglesias
enrique-iglesias | إنريكي إغليسياس | Enrique Iglesias | إنريكي إغليسياس; انريكي اغليسياس; Enrique Iglesias
ricky-martin | ريكي مارتن | Ricky Martin | ريكي مارتن; Ricky Martin
luciano-pavarotti | لوتشيانو بافاروتي | Luciano Pavarotti | لوتشيانو بافاروتي; بافاروتي; Pavarotti
placido-domingo | بلاسيدو دومينغو | Plácido Domingo | بلاسيدو دومينغو; Plácido Domingo
andrea-bocelli | أندريا بوتشيلي | Andrea Bocelli | أندريا بوتشيلي; Andrea Bocelli
frank-sinatra | فرانك سيناترا | Frank Sinatra | فرانك سيناترا; Frank Sinatra
richard-gere | ريتشارد جير | Richard Gere | ريتشارد جير; Richard Gere
jim-carrey | جيم كاري | Jim Carrey | جيم كاري; Jim Carrey
denzel-washington | دنزل واشنطن | Denzel Washington | دنزل واشنطن; دينزل واشنطن; Denzel Washington
will-smith | ويل سميث | Will Smith | ويل سميث; Will Smith
morgan-freeman | مورغان فريمان | Morgan Freeman | مورغان فريمان; Morgan Freeman
russell-crowe | راسل كرو | Russell Crowe | راسل كرو; Russell Crowe
matt-damon | مات ديمون | Matt Damon | مات ديمون; Matt Damon
johnny-depp | جوني ديب | Johnny Depp | جوني ديب; Johnny Depp
kate-winslet | كيت وينسلت | Kate Winslet | كيت وينسلت; Kate Winslet
jennifer-aniston | جينيفر أنيستون | Jennifer Aniston | جينيفر أنيستون; جنيفر انيستون; Jennifer Aniston
halle-berry | هالي بيري | Halle Berry | هالي بيري; Halle Berry
sharon-stone | شارون ستون | Sharon Stone | شارون ستون; Sharon Stone
clint-eastwood | كلينت إيستوود | Clint Eastwood | كلينت إيستوود; كلينت ايستوود; Clint Eastwood
marlon-brando | مارلون براندو | Marlon Brando | مارلون براندو; Marlon Brando
elizabeth-taylor | إليزابيث تايلور | Elizabeth Taylor | إليزابيث تايلور; اليزابيث تايلور; Elizabeth Taylor
sophia-loren | صوفيا لورين | Sophia Loren | صوفيا لورين; Sophia Loren
brigitte-bardot | بريجيت باردو | Brigitte Bardot | بريجيت باردو; Brigitte Bardot
alain-delon | آلان ديلون | Alain Delon | آلان ديلون; ألان ديلون; Alain Delon
salman-khan | سلمان خان | Salman Khan | سلمان خان; Salman Khan
aamir-khan | عامر خان | Aamir Khan | عامر خان; Aamir Khan
oliver-stone | أوليفر ستون | Oliver Stone | أوليفر ستون; Oliver Stone
francis-ford-coppola | فرانسيس فورد كوبولا | Francis Ford Coppola | فرانسيس فورد كوبولا; Francis Ford Coppola
james-cameron | جيمس كاميرون | James Cameron | جيمس كاميرون; James Cameron
martin-scorsese | مارتن سكورسيزي | Martin Scorsese | مارتن سكورسيزي; Martin Scorsese
woody-allen | وودي آلن | Woody Allen | وودي آلن; Woody Allen
roman-polanski | رومان بولانسكي | Roman Polanski | رومان بولانسكي; Roman Polanski
jose-saramago | جوزيه ساراماغو | José Saramago | جوزيه ساراماغو; خوسيه ساراماغو; José Saramago
doris-lessing | دوريس ليسينغ | Doris Lessing | دوريس ليسينغ; Doris Lessing
harold-pinter | هارولد بينتر | Harold Pinter | هارولد بينتر; Harold Pinter
vs-naipaul | في إس نايبول | V. S. Naipaul | نايبول; Naipaul
toni-morrison | توني موريسون | Toni Morrison | توني موريسون; Toni Morrison
jk-rowling | جي كي رولينغ | J. K. Rowling | جي كي رولينغ; Rowling
umberto-eco | أمبرتو إيكو | Umberto Eco | أمبرتو إيكو; امبرتو ايكو; Umberto Eco
milan-kundera | ميلان كونديرا | Milan Kundera | ميلان كونديرا; كونديرا; Kundera
mario-vargas-llosa | ماريو فارغاس يوسا | Mario Vargas Llosa | ماريو فارغاس يوسا; فارغاس يوسا; Vargas Llosa
pablo-neruda | بابلو نيرودا | Pablo Neruda | بابلو نيرودا; نيرودا; Neruda
jorge-luis-borges | خورخي لويس بورخيس | Jorge Luis Borges | خورخي لويس بورخيس; بورخيس; Borges
ts-eliot | ت. س. إليوت | T. S. Eliot | ت س إليوت; T. S. Eliot
rabindranath-tagore | رابندرانات طاغور | Rabindranath Tagore | طاغور; Tagore
franz-kafka | فرانز كافكا | Franz Kafka | فرانز كافكا; كافكا; Kafka
anton-chekhov | أنطون تشيخوف | Anton Chekhov | أنطون تشيخوف; تشيخوف; Chekhov
alexander-pushkin | ألكسندر بوشكين | Alexander Pushkin | ألكسندر بوشكين
maxim-gorky | مكسيم غوركي | Maxim Gorky | مكسيم غوركي; Maxim Gorky
aleksandr-solzhenitsyn | ألكسندر سولجنيتسين | Aleksandr Solzhenitsyn | ألكسندر سولجنيتسين; سولجنيتسين; Solzhenitsyn
william-faulkner | وليام فوكنر | William Faulkner | وليام فوكنر; ويليام فوكنر
john-steinbeck | جون شتاينبك | John Steinbeck | جون شتاينبك; John Steinbeck
leon-trotsky | ليون تروتسكي | Leon Trotsky | ليون تروتسكي; تروتسكي; Trotsky
adam-smith | آدم سميث | Adam Smith | آدم سميث; Adam Smith
john-maynard-keynes | جون ماينارد كينز | John Maynard Keynes | جون ماينارد كينز; كينز
milton-friedman | ميلتون فريدمان | Milton Friedman | ميلتون فريدمان; Milton Friedman
montesquieu | مونتسكيو | Montesquieu | مونتسكيو; Montesquieu
john-locke | جون لوك | John Locke | جون لوك; John Locke
marie-curie | ماري كوري | Marie Curie | ماري كوري; Marie Curie
louis-pasteur | لويس باستور | Louis Pasteur | لويس باستور
alexander-fleming | ألكسندر فليمنغ | Alexander Fleming | ألكسندر فليمنغ; Alexander Fleming
ronaldo-nazario | رونالدو نازاريو | Ronaldo Nazário | رونالدو لويس نازاريو
bebeto | بيبيتو | Bebeto | بيبيتو; Bebeto
roberto-baggio | روبرتو باجيو | Roberto Baggio | روبرتو باجيو; باجيو; Baggio
gabriel-batistuta | غابرييل باتيستوتا | Gabriel Batistuta | غابرييل باتيستوتا; باتيستوتا; Batistuta
hernan-crespo | هرنان كريسبو | Hernán Crespo | هرنان كريسبو; Crespo
juan-sebastian-veron | خوان سيباستيان فيرون | Juan Sebastián Verón | خوان سيباستيان فيرون; Verón
javier-zanetti | خافيير زانيتي | Javier Zanetti | خافيير زانيتي; زانيتي; Zanetti
juan-roman-riquelme | خوان رومان ريكيلمي | Juan Román Riquelme | خوان رومان ريكيلمي; ريكيلمي; Riquelme
carlos-tevez | كارلوس تيفيز | Carlos Tévez | كارلوس تيفيز; تيفيز; Tevez
sergio-aguero | سيرجيو أغويرو | Sergio Agüero | سيرجيو أغويرو; أغويرو; Agüero
xavi-hernandez | تشافي هيرنانديز | Xavi Hernández | تشافي هيرنانديز; تشافي; Xavi
cesc-fabregas | سيسك فابريغاس | Cesc Fàbregas | سيسك فابريغاس; فابريغاس; Fàbregas
franck-ribery | فرانك ريبيري | Franck Ribéry | فرانك ريبيري; ريبيري; Ribéry
nicolas-anelka | نيكولا أنيلكا | Nicolas Anelka | نيكولا أنيلكا; أنيلكا; Anelka
laurent-blanc | لوران بلان | Laurent Blanc | لوران بلان
didier-deschamps | ديدييه ديشان | Didier Deschamps | ديدييه ديشان; ديشان; Deschamps
youri-djorkaeff | يوري جوركاييف | Youri Djorkaeff | يوري جوركاييف; جوركاييف; Djorkaeff
robert-pires | روبير بيريس | Robert Pires | روبير بيريس; روبرت بيريس
fabien-barthez | فابيان بارتيز | Fabien Barthez | فابيان بارتيز
marcel-desailly | مارسيل ديسايي | Marcel Desailly | مارسيل ديسايي; Desailly
eric-cantona | إريك كانتونا | Eric Cantona | إريك كانتونا; كانتونا; Cantona
ryan-giggs | رايان غيغز | Ryan Giggs | رايان غيغز; راين غيغز; غيغز; Giggs
paul-scholes | بول سكولز | Paul Scholes | بول سكولز
roy-keane | روي كين | Roy Keane | روي كين; Roy Keane
alan-shearer | آلان شيرر | Alan Shearer | آلان شيرر; ألان شيرر; Shearer
sven-goran-eriksson | سفين غوران إريكسون | Sven-Göran Eriksson | سفين غوران إريكسون; سفين إريكسون
frank-de-boer | فرانك دي بور | Frank de Boer | فرانك دي بور
patrick-kluivert | باتريك كلويفرت | Patrick Kluivert | باتريك كلويفرت; كلويفرت; Kluivert
edgar-davids | إدغار ديفيدز | Edgar Davids | إدغار ديفيدز; ادغار ديفيدز
arjen-robben | أريين روبن | Arjen Robben | أريين روبن; آريين روبن
lothar-matthaus | لوثار ماتيوس | Lothar Matthäus | لوثار ماتيوس; Matthäus
rudi-voller | رودي فولر | Rudi Völler | رودي فولر; Völler
lukas-podolski | لوكاس بودولسكي | Lukas Podolski | لوكاس بودولسكي; بودولسكي; Podolski
philipp-lahm | فيليب لام | Philipp Lahm | فيليب لام; Lahm
hristo-stoichkov | خريستو ستويتشكوف | Hristo Stoichkov | خريستو ستويتشكوف; ستويتشكوف; Stoichkov
gheorghe-hagi | جورجي هاجي | Gheorghe Hagi | جورجي هاجي; غيورغي هاجي; Hagi
davor-suker | دافور شوكر | Davor Šuker | دافور شوكر; Šuker
robinho | روبينيو | Robinho | روبينيو; Robinho
zico | زيكو | Zico | زيكو; Zico
mario-zagallo | ماريو زاغالو | Mário Zagallo | ماريو زاغالو; زاغالو; Zagallo
roger-milla | روجيه ميلا | Roger Milla | روجيه ميلا; روجيه ميللا
el-hadji-diouf | الحاجي ضيوف | El Hadji Diouf | الحاجي ضيوف
frederic-kanoute | فريدريك كانوتيه | Frédéric Kanouté | فريدريك كانوتيه; فريديريك كانوتي; كانوتيه; Kanouté
bruno-metsu | برونو ميتسو | Bruno Metsu | برونو ميتسو; ميتسو; Metsu
henri-michel | هنري ميشال | Henri Michel | هنري ميشال; هنري ميشيل
carlos-queiroz | كارلوس كيروش | Carlos Queiroz | كارلوس كيروش; كيروش; Queiroz
nashat-akram | نشأت أكرم | Nashat Akram | نشأت أكرم
hawar-mulla-mohammed | هوار ملا محمد | Hawar Mulla Mohammed | هوار ملا محمد
ahmed-radhi | أحمد راضي | Ahmed Radhi | أحمد راضي
adnan-hamad | عدنان حمد | Adnan Hamad | عدنان حمد
ismail-matar | إسماعيل مطر | Ismail Matar | إسماعيل مطر
adnan-al-talyani | عدنان الطلياني | Adnan Al-Talyani | عدنان الطلياني
jassem-yaqoub | جاسم يعقوب | Jasem Yaqoub | جاسم يعقوب
faisal-al-dakhil | فيصل الدخيل | Faisal Al-Dakhil | فيصل الدخيل
madjid-bougherra | مجيد بوقرة | Madjid Bougherra | مجيد بوقرة; Bougherra
antar-yahia | عنتر يحيى | Antar Yahia | عنتر يحيى
rafik-saifi | رفيق صايفي | Rafik Saïfi | رفيق صايفي
zoubeir-baya | زبير بية | Zoubeir Baya | زبير بية
roger-lemerre | روجيه لومير | Roger Lemerre | روجيه لومير; لومير; Lemerre
boris-becker | بوريس بيكر | Boris Becker | بوريس بيكر; Boris Becker
steffi-graf | شتيفي غراف | Steffi Graf | شتيفي غراف; ستيفي غراف; Steffi Graf
monica-seles | مونيكا سيليش | Monica Seles | مونيكا سيليش; Monica Seles
lindsay-davenport | ليندسي دافنبورت | Lindsay Davenport | ليندسي دافنبورت; دافنبورت
jennifer-capriati | جنيفر كابرياتي | Jennifer Capriati | جنيفر كابرياتي
yevgeny-kafelnikov | يفغيني كافيلنيكوف | Yevgeny Kafelnikov | يفغيني كافيلنيكوف; كافيلنيكوف; Kafelnikov
gustavo-kuerten | غوستافو كويرتن | Gustavo Kuerten | غوستافو كويرتن; كويرتن; Kuerten
carlos-moya | كارلوس مويا | Carlos Moyá | كارلوس مويا; Moyá
juan-carlos-ferrero | خوان كارلوس فيريرو | Juan Carlos Ferrero | خوان كارلوس فيريرو; فيريرو
marcelo-rios | مارسيلو ريوس | Marcelo Ríos | مارسيلو ريوس
sania-mirza | سانيا ميرزا | Sania Mirza | سانيا ميرزا
jaouad-gharib | جواد غريب | Jaouad Gharib | جواد غريب
rashid-ramzi | رشيد رمزي | Rashid Ramzi | رشيد رمزي
carl-lewis | كارل لويس | Carl Lewis | كارل لويس; Carl Lewis
maurice-greene | موريس غرين | Maurice Greene | موريس غرين; Maurice Greene
lennox-lewis | لينوكس لويس | Lennox Lewis | لينوكس لويس; Lennox Lewis
evander-holyfield | إيفاندر هوليفيلد | Evander Holyfield | إيفاندر هوليفيلد; ايفاندر هوليفيلد; هوليفيلد; Holyfield
naseem-hamed | نسيم حميد | Naseem Hamed | الأمير نسيم حميد; نسيم حميد
ayrton-senna | آيرتون سينا | Ayrton Senna | آيرتون سينا; ايرتون سينا; Ayrton Senna
lance-armstrong | لانس أرمسترونغ | Lance Armstrong | لانس أرمسترونغ; لانس ارمسترونغ; Lance Armstrong
mika-hakkinen | ميكا هاكينن | Mika Häkkinen | ميكا هاكينن; هاكينن; Häkkinen
zakir-naik | ذاكر نايك | Zakir Naik | ذاكر نايك
ahmed-deedat | أحمد ديدات | Ahmed Deedat | أحمد ديدات; ديدات
tariq-ramadan | طارق رمضان | Tariq Ramadan | طارق رمضان
muhammad-said-ramadan-al-bouti | محمد سعيد رمضان البوطي | Muhammad Said Ramadan al-Bouti | محمد سعيد رمضان البوطي; سعيد رمضان البوطي; البوطي
ahmad-kuftaro | أحمد كفتارو | Ahmad Kuftaro | أحمد كفتارو; كفتارو
ahmad-badreddin-hassoun | أحمد بدر الدين حسون | Ahmad Badreddin Hassoun | أحمد بدر الدين حسون; أحمد حسون
ignatius-iv-hazim | البطريرك إغناطيوس الرابع هزيم | Ignatius IV Hazim | إغناطيوس الرابع هزيم; اغناطيوس الرابع هزيم
gregory-iii-laham | البطريرك غريغوريوس الثالث لحام | Gregory III Laham | غريغوريوس الثالث لحام
michel-sabbah | البطريرك ميشيل صباح | Michel Sabbah | ميشيل صباح; ميشال صباح
emmanuel-iii-delly | الكاردينال عمانوئيل الثالث دلي | Emmanuel III Delly | عمانوئيل الثالث دلي; عمانوئيل دلي
zakka-i-iwas | البطريرك زكا الأول عيواص | Ignatius Zakka I Iwas | زكا الأول عيواص; زكا عيواص
hilarion-capucci | المطران هيلاريون كبوجي | Hilarion Capucci | هيلاريون كبوجي; كبوجي
atallah-hanna | المطران عطا الله حنا | Atallah Hanna | عطا الله حنا
hazem-shaalan | حازم الشعلان | Hazem Shaalan | حازم الشعلان
falah-al-naqib | فلاح النقيب | Falah al-Naqib | فلاح النقيب
ali-al-adeeb | علي الأديب | Ali al-Adeeb | علي الأديب
khudair-al-khuzai | خضير الخزاعي | Khudair al-Khuzai | خضير الخزاعي
saadoun-al-dulaimi | سعدون الدليمي | Saadoun al-Dulaimi | سعدون الدليمي
salim-al-jabouri | سليم الجبوري | Salim al-Jabouri | سليم الجبوري
hamid-majid-mousa | حميد مجيد موسى | Hamid Majid Mousa | حميد مجيد موسى
adnan-al-zurfi | عدنان الزرفي | Adnan al-Zurfi | عدنان الزرفي
iyad-jamal-al-din | إياد جمال الدين | Iyad Jamal al-Din | إياد جمال الدين
qasim-dawood | قاسم داود | Qasim Dawood | قاسم داود
wael-abdul-latif | وائل عبد اللطيف | Wael Abdul Latif | وائل عبد اللطيف
zoheir-garranah | زهير جرانة | Zoheir Garranah | زهير جرانة
ahmed-el-maghrabi | أحمد المغربي | Ahmed el-Maghrabi | أحمد المغربي
hatem-el-gabaly | حاتم الجبلي | Hatem el-Gabaly | حاتم الجبلي
mahmoud-abu-zeid | محمود أبو زيد | Mahmoud Abu Zeid | محمود أبو زيد
ali-eddin-hilal | علي الدين هلال | Ali Eddin Hilal | علي الدين هلال
hossam-badrawi | حسام بدراوي | Hossam Badrawi | حسام بدراوي
aisha-abdel-hadi | عائشة عبد الهادي | Aisha Abdel Hadi | عائشة عبد الهادي
fayza-aboul-naga | فايزة أبو النجا | Fayza Aboul Naga | فايزة أبو النجا
abu-ghazala | محمد عبد الحليم أبو غزالة | Mohammed Abd al-Halim Abu Ghazala | عبد الحليم أبو غزالة; المشير أبو غزالة
hasaballah-el-kafrawy | حسب الله الكفراوي | Hasaballah el-Kafrawy | حسب الله الكفراوي
mohamed-ibrahim-soliman | محمد إبراهيم سليمان | Mohamed Ibrahim Soliman | محمد إبراهيم سليمان
hamdi-kandil | حمدي قنديل | Hamdi Kandil | حمدي قنديل
emad-el-nahhas | عماد النحاس | Emad el-Nahhas | عماد النحاس
sayed-moawad | سيد معوض | Sayed Moawad | سيد معوض
ahmed-fathi | أحمد فتحي | Ahmed Fathi | أحمد فتحي
shawky-gharib | شوقي غريب | Shawky Gharib | شوقي غريب
malek-mouath | مالك معاذ | Malek Mouath | مالك معاذ
saad-al-harthi | سعد الحارثي | Saad al-Harthi | سعد الحارثي
adel-chedli | عادل الشاذلي | Adel Chedli | عادل الشاذلي
karim-haggui | كريم حقي | Karim Haggui | كريم حقي
selim-benachour | سليم بن عاشور | Selim Benachour | سليم بن عاشور
youssef-hadji | يوسف حجي | Youssef Hadji | يوسف حجي
youssef-chippo | يوسف شيبو | Youssef Chippo | يوسف شيبو
talal-el-karkouri | طلال القرقوري | Talal El Karkouri | طلال القرقوري
karim-ziani | كريم زياني | Karim Ziani | كريم زياني
nadir-belhadj | نذير بلحاج | Nadir Belhadj | نذير بلحاج
abdelkader-ghezzal | عبد القادر غزال | Abdelkader Ghezzal | عبد القادر غزال
noor-sabri | نور صبري | Noor Sabri | نور صبري
basim-abbas | باسم عباس | Basim Abbas | باسم عباس
rabah-saadane | رابح سعدان | Rabah Saâdane | رابح سعدان
milovan-rajevac | ميلوفان راييفاتس | Milovan Rajevac | ميلوفان راييفاتس
rio-ferdinand | ريو فرديناند | Rio Ferdinand | ريو فرديناند; ريو فيرديناند
john-terry | جون تيري | John Terry | جون تيري
ashley-cole | آشلي كول | Ashley Cole | آشلي كول; أشلي كول
luca-toni | لوكا توني | Luca Toni | لوكا توني
marco-materazzi | ماركو ماتيراتزي | Marco Materazzi | ماركو ماتيراتزي; ماتيراتزي
antonio-cassano | أنطونيو كاسانو | Antonio Cassano | أنطونيو كاسانو; كاسانو; Cassano
rafael-van-der-vaart | رافائيل فان دير فارت | Rafael van der Vaart | رافائيل فان دير فارت; فان دير فارت
dirk-kuyt | ديرك كاوت | Dirk Kuyt | ديرك كاوت; ديرك كاوات
roberto-mancini | روبرتو مانشيني | Roberto Mancini | روبرتو مانشيني; مانشيني; Mancini
claudio-ranieri | كلاوديو رانييري | Claudio Ranieri | كلاوديو رانييري; رانييري; Ranieri
avram-grant | أفرام غرانت | Avram Grant | أفرام غرانت; أبرام غرانت
juande-ramos | خواندي راموس | Juande Ramos | خواندي راموس
bernd-schuster | بيرند شوستر | Bernd Schuster | بيرند شوستر; برند شوستر
manuel-pellegrini | مانويل بيليغريني | Manuel Pellegrini | مانويل بيليغريني; بيليغريني
ronald-koeman | رونالد كومان | Ronald Koeman | رونالد كومان
samir-nasri | سمير نصري | Samir Nasri | سمير نصري
hatem-ben-arfa | حاتم بن عرفة | Hatem Ben Arfa | حاتم بن عرفة
mohamed-kallon | محمد كالون | Mohamed Kallon | محمد كالون
mehdi-mahdavikia | مهدي مهدوي كيا | Mehdi Mahdavikia | مهدي مهدوي كيا; مهدوي كيا
karim-bagheri | كريم باقري | Karim Bagheri | كريم باقري
ahmed-abdel-ghani | أحمد عبد الغني | Ahmed Abdel Ghani | أحمد عبد الغني
nabil-maaloul | نبيل معلول | Nabil Maaloul | نبيل معلول
faouzi-benzarti | فوزي البنزرتي | Faouzi Benzarti | فوزي البنزرتي
youssef-msakni | يوسف المساكني | Youssef Msakni | يوسف المساكني
shaker-al-absi | شاكر العبسي | Shaker al-Absi | شاكر العبسي
abu-muhammad-al-adnani | أبو محمد العدناني | Abu Muhammad al-Adnani | أبو محمد العدناني
abu-omar-al-shishani | أبو عمر الشيشاني | Abu Omar al-Shishani | أبو عمر الشيشاني
umar-farouk-abdulmutallab | عمر فاروق عبد المطلب | Umar Farouk Abdulmutallab | عمر فاروق عبد المطلب
nidal-hasan | نضال حسن | Nidal Hasan | نضال مالك حسن; الرائد نضال حسن
faisal-shahzad | فيصل شهزاد | Faisal Shahzad | فيصل شهزاد
muntadhar-al-zaidi | منتظر الزيدي | Muntadhar al-Zaidi | منتظر الزيدي
khaled-said | خالد سعيد | Khaled Said | الشاب خالد سعيد
wael-ghonim | وائل غنيم | Wael Ghonim | وائل غنيم
asmaa-mahfouz | أسماء محفوظ | Asmaa Mahfouz | أسماء محفوظ
alaa-abd-el-fattah | علاء عبد الفتاح | Alaa Abd El-Fattah | علاء عبد الفتاح
naguib-sawiris | نجيب ساويرس | Naguib Sawiris | نجيب ساويرس; ساويرس
onsi-sawiris | أنسي ساويرس | Onsi Sawiris | أنسي ساويرس
talaat-moustafa | هشام طلعت مصطفى | Hisham Talaat Moustafa | هشام طلعت مصطفى
suzanne-tamim | سوزان تميم | Suzanne Tamim | سوزان تميم
mohamed-al-fayed | محمد الفايد | Mohamed Al-Fayed | محمد الفايد
dodi-al-fayed | دودي الفايد | Dodi Fayed | دودي الفايد
adnan-khashoggi | عدنان خاشقجي | Adnan Khashoggi | عدنان خاشقجي
saleh-kamel | صالح كامل | Saleh Kamel | الشيخ صالح كامل
mohammed-al-amoudi | محمد العمودي | Mohammed Al Amoudi | محمد حسين العمودي; محمد العمودي
sulaiman-al-rajhi | سليمان الراجحي | Sulaiman Al Rajhi | سليمان الراجحي
khalaf-al-habtoor | خلف الحبتور | Khalaf Al Habtoor | خلف الحبتور
mohamed-alabbar | محمد العبار | Mohamed Alabbar | محمد العبار
ahmed-shukeiri | أحمد الشقيري | Ahmad al-Shugairi | أحمد الشقيري
tareq-al-suwaidan | طارق السويدان | Tareq Al-Suwaidan | طارق السويدان
mohammed-al-arefe | محمد العريفي | Mohammad al-Arefe | محمد العريفي
hassan-al-saffar | حسن الصفار | Hassan al-Saffar | حسن الصفار
nimr-al-nimr | نمر النمر | Nimr al-Nimr | نمر النمر; نمر باقر النمر
jean-louis-debre | جان لوي دوبريه | Jean-Louis Debré | جان لوي دوبريه
claude-gueant | كلود غيان | Claude Guéant | كلود غيان
jean-david-levitte | جان دافيد ليفيت | Jean-David Levitte | جان دافيد ليفيت
bernard-emie | برنار إيمييه | Bernard Émié | برنار إيمييه; برنار ايمييه
gonzalo-gallegos | غونزالو غاليغوس | Gonzalo Gallegos | غونزالو غاليغوس
philip-crowley | فيليب كراولي | Philip Crowley | فيليب كراولي; بي جيه كراولي
robert-wood | روبرت وود | Robert Wood | روبرت وود
ian-kelly | إيان كيلي | Ian Kelly | إيان كيلي
gordon-johndroe | غوردون جوندرو | Gordon Johndroe | غوردون جوندرو
tony-fratto | توني فراتو | Tony Fratto | توني فراتو
geoff-morrell | جيف موريل | Geoff Morrell | جيف موريل
bryan-whitman | براين ويتمان | Bryan Whitman | براين ويتمان
mark-kimmitt | مارك كيميت | Mark Kimmitt | مارك كيميت; كيميت
william-caldwell | وليام كالدويل | William Caldwell | وليام كالدويل; ويليام كالدويل
kevin-bergner | كيفن بيرغنر | Kevin Bergner | كيفن بيرغنر
james-jeffrey | جيمس جيفري | James Jeffrey | جيمس جيفري
francis-ricciardone | فرانسيس ريتشاردوني | Francis Ricciardone | فرانسيس ريتشاردوني
daniel-kurtzer | دانيال كيرتزر | Daniel Kurtzer | دانيال كيرتزر; دانيال كورتزر
edward-djerejian | إدوارد جيرجيان | Edward Djerejian | إدوارد جيرجيان
richard-haass | ريتشارد هاس | Richard Haass | ريتشارد هاس
"""


def _known_people(table: str) -> list[tuple[str, str, str, list[str]]]:
    people = []
    for line in table.strip().splitlines():
        person_id, label_ar, label_latin, spellings = (part.strip() for part in line.split("|"))
        people.append((person_id, label_ar, label_latin, [s.strip() for s in spellings.split(";")]))
    return people


KNOWN_PEOPLE = _known_people(_KNOWN_PEOPLE_TABLE)
