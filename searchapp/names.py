"""Name lists the extractor uses, written by hand from public facts.

Country names come from CLDR through Babel; this module adds what CLDR lacks:
short and long forms, capitals used for their governments, English and French
demonyms (Arabic nisba adjectives are derived from the names), titles that
introduce a person, and given names (Arabic, and other languages' as the Arabic press
writes them). The well-known people, about 3,200 with their spellings in several scripts,
are a table of their own: known_people.txt, beside this module.
"""

from pathlib import Path

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
القاضيه المحاميه الزعيمه المؤرخه الرسامه الاديب الاديبه الفيلسوف المغني المغنيه الملحن الملحنه السيناريست
المنتج المصور المصوره المعلق الناشط الناشطه الداعيه الرائد النقيب الملازم الكابتن الباشا العمده عمده
المطران الاسقف الحاخام
""".split()

TITLES_LATIN = """
president minister mr mrs ms dr king queen prince princess sheikh chancellor secretary governor senator
general pope premier ambassador envoy spokesman spokeswoman chairman chief judge m mme monsieur madame
président ministre roi reine prince chancelier secrétaire général ambassadeur porte-parole
""".split()

# Job and kin nouns without the article that news puts right after a name, before what or whom they are of:
# ديفيد براون مدير الشركة. They end a name but, unlike titles, introduce none (قائد الجيش is no one).
JOB_NOUNS_AR = """
مدير مديره محلل محلله اداري عضو عضوه نائب نائبه مستشار مستشاره سفير سفيره خبير خبيره محافظ قائد زعيم زعيمه
مفاوض مراسل مراسله مؤسس مخرج مخرجه ممثل ممثله مطرب مطربه مغني مغنيه شاعر شاعره كاتب كاتبه روائي مفتي قاضي محامي
موفد موفده مندوب مندوبه منسق منسقه متحدث ناطق سائق مدرب مدربه لاعب لاعبه مهاجم مدافع رئيس رئيسه وكيل استاذ استاذه
اخو شقيق شقيقه نجل نجله زوج زوجه قرينه حفيد حفيده
""".split()

# Kin and companion nouns that, with a possessive pronoun, put a person's name right after them:
# وزوجته أوفيليا, ابنتها سلسبيل, زميله كوفاتشيتش.
RELATION_NOUNS_AR = """
زوج زوجه ابنه شقيق شقيقه اخو اخت والد والده عم عمه خال خاله حفيد حفيده نجل نجله زميل زميله صديق صديقه
رفيق رفيقه مساعد مساعده خطيب خطيبه
""".split()

# Verbs of play that sports reports put before the player: وسجل X الهدف, ومرر X الكرة. Not those a team
# as often does (فاز, تغلب, حقق).
PLAY_VERBS_AR = "سجل مرر سدد أهدر تصدى أنقذ راوغ".split()

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

# Words that never belong to a name, though they may follow one: times, "in the name of", "yesterday",
# prepositions of time, place and cause (عقب, إثر, نحو, بسبب).
NOT_IN_NAMES_AR = set("""
امس اليوم غدا الان ربما باسم الاسبوع الشهر العام الماضي الحالي الجاري السابق القادم المقبل
حاليا سابقا ايضا فقط بعدما عندما حيث الذي التي الذين خلال امام لدي
ناهز يناهز التخصصي الثقافي الخيري الدولي الطبي الجامعي المركزي
عقب اثر اثناء جراء ازاء حيال ضمن عبر نحو وسط قرب حول عدا سوى رغم بسبب
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
سعد سلطان خليفه رجب شعبان رفعت اشرف رياض فكري رمزي جهاد نضال مختار
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

def _known_people(path: Path) -> list[tuple[str, str, str, list[str]]]:
    """(id, Arabic label, Latin label, spellings) of each line of the table: id | Arabic label |
    Latin label | spellings separated by ;. Lines starting with # are comments."""
    people = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            person_id, label_ar, label_latin, spellings = (part.strip() for part in line.split("|"))
            people.append((person_id, label_ar, label_latin, [s.strip() for s in spellings.split(";")]))
    return people


KNOWN_PEOPLE = _known_people(Path(__file__).with_name("known_people.txt"))
