/**
 * Word lists the generator composes names, titles and sentences from, in Arabic, French and English. Arabic
 * names come with their usual Latin transliterations (first one is the display spelling, the others become
 * aliases: doubled letters, El/Al articles), so search has the variants real sources use.
 */

export type Trio = readonly [ar: string, fr: string, en: string];

/** Arabic given names and their transliterations. */
export const ARABIC_GIVEN: readonly (readonly [string, readonly string[]])[] = [
  ['محمد', ['Mohammed', 'Mohamed', 'Mohamad']],
  ['عبد اللطيف', ['Abdellatif', 'Abdelatif', 'Abdel Latif']],
  ['يوسف', ['Youssef', 'Yousef', 'Youssouf']],
  ['فاطمة', ['Fatima', 'Fatma']],
  ['خديجة', ['Khadija', 'Khadidja']],
  ['أحمد', ['Ahmed', 'Ahmad']],
  ['حسن', ['Hassan', 'Hasan']],
  ['سعيد', ['Saïd', 'Said', 'Saeed']],
  ['كريم', ['Karim', 'Kareem']],
  ['ليلى', ['Leïla', 'Leila', 'Layla']],
  ['مريم', ['Meryem', 'Maryam', 'Meriem']],
  ['عبد الرحيم', ['Abderrahim', 'Abderahim', 'Abdel Rahim']],
  ['عبد الحق', ['Abdelhak', 'Abdelhaq']],
  ['نادية', ['Nadia']],
  ['رشيد', ['Rachid', 'Rashid']],
  ['إدريس', ['Driss', 'Idriss', 'Idris']],
  ['هشام', ['Hicham', 'Hisham']],
  ['سمير', ['Samir', 'Sameer']],
  ['عمر', ['Omar', 'Omer']],
  ['زينب', ['Zineb', 'Zaynab', 'Zeinab']],
  ['ياسين', ['Yassine', 'Yasin']],
  ['أمين', ['Amine', 'Amin']],
  ['سلمى', ['Salma']],
  ['نبيل', ['Nabil']],
  ['مصطفى', ['Mustapha', 'Moustafa', 'Mostafa']],
  ['جمال', ['Jamal', 'Djamel']],
  ['عزيز', ['Aziz']],
  ['إبراهيم', ['Brahim', 'Ibrahim']],
  ['حميد', ['Hamid']],
  ['لطيفة', ['Latifa', 'Lattifa']],
  ['عبد الله', ['Abdellah', 'Abdallah', 'Abdullah']],
  ['نور الدين', ['Noureddine', 'Nour Eddine', 'Nuraddin']],
];

/** Arabic family names (some with the article ال) and their transliterations. */
export const ARABIC_FAMILY: readonly (readonly [string, readonly string[]])[] = [
  ['حموشي', ['Hammouchi', 'Hamouchi']],
  ['العلمي', ['El Alami', 'Alami', 'Al-Alami']],
  ['الإدريسي', ['El Idrissi', 'Idrissi', 'Al Idrisi']],
  ['بنعلي', ['Benali', 'Ben Ali']],
  ['الفاسي', ['El Fassi', 'Fassi', 'Al-Fasi']],
  ['التازي', ['Tazi', 'El Tazi']],
  ['بناني', ['Bennani', 'Benani']],
  ['الشرقاوي', ['Cherkaoui', 'Charkaoui', 'Sharqawi']],
  ['الحسني', ['El Hassani', 'Hassani']],
  ['العمراني', ['El Amrani', 'Amrani']],
  ['بوزيد', ['Bouzid', 'Bouzide']],
  ['المنصوري', ['El Mansouri', 'Mansouri', 'Al-Mansuri']],
  ['الزياني', ['Ziani', 'Zayani']],
  ['الكتاني', ['Kettani', 'Kattani']],
  ['السباعي', ['Sbai', 'Sebbai']],
  ['الوزاني', ['Ouazzani', 'Wazzani', 'Ouazani']],
  ['بلحاج', ['Belhaj', 'Belhadj']],
  ['الطاهري', ['Tahiri', 'Taheri']],
  ['القادري', ['Kadiri', 'Qadiri', 'Kaddiri']],
  ['الرحماني', ['Rahmani', 'Errahmani']],
  ['بنكيران', ['Benkirane', 'Benkiran']],
  ['الأزمي', ['El Azmi', 'Azmi']],
  ['المريني', ['Merini', 'El Marini']],
  ['الخطابي', ['El Khattabi', 'Khattabi', 'Khatabi']],
];

/** European given names: [Latin, Arabic]. */
export const LATIN_GIVEN: readonly (readonly [string, string])[] = [
  ['Jean', 'جان'],
  ['Pierre', 'بيير'],
  ['Marie', 'ماري'],
  ['Laurent', 'لوران'],
  ['Gérald', 'جيرالد'],
  ['Nicolas', 'نيكولا'],
  ['Isabelle', 'إيزابيل'],
  ['François', 'فرانسوا'],
  ['Sophie', 'صوفي'],
  ['Carlos', 'كارلوس'],
  ['Elena', 'إيلينا'],
  ['Jürgen', 'يورغن'],
  ['Michael', 'مايكل'],
  ['Sarah', 'سارة'],
  ['Antoine', 'أنطوان'],
  ['Luis', 'لويس'],
  ['Ana', 'آنا'],
  ['Marco', 'ماركو'],
  ['Hélène', 'هيلين'],
  ['Stéphane', 'ستيفان'],
];

/** European family names: [Latin, Arabic]. */
export const LATIN_FAMILY: readonly (readonly [string, string])[] = [
  ['Dupont', 'دوبون'],
  ['Martin', 'مارتان'],
  ['Durand', 'دوران'],
  ['Lefebvre', 'لوفيفر'],
  ['Moreau', 'مورو'],
  ['García', 'غارسيا'],
  ['Fernández', 'فرنانديز'],
  ['Müller', 'مولر'],
  ['Rossi', 'روسي'],
  ['Smith', 'سميث'],
  ['Bernard', 'برنار'],
  ['Petit', 'بوتي'],
  ['Darmanin', 'دارمانان'],
  ['Núñez', 'نونييث'],
  ['Grande-Marlaska', 'غراندي مارلاسكا'],
  ['Schmidt', 'شميت'],
];

/** Countries: names and, for the ones this project curates, a Wikidata id and CAMEO code. */
export const COUNTRIES: readonly { names: Trio; slug: string; wikidata?: string; cameo?: string }[] = [
  { names: ['المغرب', 'Maroc', 'Morocco'], slug: 'morocco', wikidata: 'Q1028', cameo: 'MAR' },
  { names: ['فرنسا', 'France', 'France'], slug: 'france', wikidata: 'Q142', cameo: 'FRA' },
  { names: ['إسبانيا', 'Espagne', 'Spain'], slug: 'spain', wikidata: 'Q29', cameo: 'ESP' },
  { names: ['قطر', 'Qatar', 'Qatar'], slug: 'qatar', wikidata: 'Q846', cameo: 'QAT' },
  { names: ['الجزائر', 'Algérie', 'Algeria'], slug: 'algeria', cameo: 'DZA' },
  { names: ['تونس', 'Tunisie', 'Tunisia'], slug: 'tunisia', cameo: 'TUN' },
  { names: ['مصر', 'Égypte', 'Egypt'], slug: 'egypt', cameo: 'EGY' },
  { names: ['بلجيكا', 'Belgique', 'Belgium'], slug: 'belgium', cameo: 'BEL' },
  { names: ['هولندا', 'Pays-Bas', 'Netherlands'], slug: 'netherlands', cameo: 'NLD' },
  { names: ['ألمانيا', 'Allemagne', 'Germany'], slug: 'germany', cameo: 'DEU' },
  { names: ['إيطاليا', 'Italie', 'Italy'], slug: 'italy', cameo: 'ITA' },
  { names: ['البرتغال', 'Portugal', 'Portugal'], slug: 'portugal', cameo: 'PRT' },
  { names: ['المملكة المتحدة', 'Royaume-Uni', 'United Kingdom'], slug: 'united-kingdom', cameo: 'GBR' },
  { names: ['الولايات المتحدة', 'États-Unis', 'United States'], slug: 'united-states', cameo: 'USA' },
  { names: ['السنغال', 'Sénégal', 'Senegal'], slug: 'senegal', cameo: 'SEN' },
  { names: ['مالي', 'Mali', 'Mali'], slug: 'mali', cameo: 'MLI' },
  { names: ['موريتانيا', 'Mauritanie', 'Mauritania'], slug: 'mauritania', cameo: 'MRT' },
  { names: ['النيجر', 'Niger', 'Niger'], slug: 'niger', cameo: 'NER' },
  { names: ['نيجيريا', 'Nigeria', 'Nigeria'], slug: 'nigeria', cameo: 'NGA' },
  { names: ['كوت ديفوار', "Côte d'Ivoire", 'Ivory Coast'], slug: 'ivory-coast', cameo: 'CIV' },
  { names: ['السعودية', 'Arabie saoudite', 'Saudi Arabia'], slug: 'saudi-arabia', cameo: 'SAU' },
  { names: ['الإمارات', 'Émirats arabes unis', 'United Arab Emirates'], slug: 'uae', cameo: 'ARE' },
  { names: ['الأردن', 'Jordanie', 'Jordan'], slug: 'jordan', cameo: 'JOR' },
  { names: ['لبنان', 'Liban', 'Lebanon'], slug: 'lebanon', cameo: 'LBN' },
  { names: ['تركيا', 'Turquie', 'Turkey'], slug: 'turkey', cameo: 'TUR' },
  { names: ['سويسرا', 'Suisse', 'Switzerland'], slug: 'switzerland', cameo: 'CHE' },
  { names: ['النمسا', 'Autriche', 'Austria'], slug: 'austria', cameo: 'AUT' },
  { names: ['السويد', 'Suède', 'Sweden'], slug: 'sweden', cameo: 'SWE' },
  { names: ['الدنمارك', 'Danemark', 'Denmark'], slug: 'denmark', cameo: 'DNK' },
  { names: ['النرويج', 'Norvège', 'Norway'], slug: 'norway', cameo: 'NOR' },
  { names: ['كندا', 'Canada', 'Canada'], slug: 'canada', cameo: 'CAN' },
  { names: ['البرازيل', 'Brésil', 'Brazil'], slug: 'brazil', cameo: 'BRA' },
  { names: ['الأرجنتين', 'Argentine', 'Argentina'], slug: 'argentina', cameo: 'ARG' },
  { names: ['كولومبيا', 'Colombie', 'Colombia'], slug: 'colombia', cameo: 'COL' },
  { names: ['ليبيا', 'Libye', 'Libya'], slug: 'libya', cameo: 'LBY' },
  { names: ['كينيا', 'Kenya', 'Kenya'], slug: 'kenya', cameo: 'KEN' },
  { names: ['جنوب أفريقيا', 'Afrique du Sud', 'South Africa'], slug: 'south-africa', cameo: 'ZAF' },
  { names: ['اليونان', 'Grèce', 'Greece'], slug: 'greece', cameo: 'GRC' },
  { names: ['بولندا', 'Pologne', 'Poland'], slug: 'poland', cameo: 'POL' },
  { names: ['أيرلندا', 'Irlande', 'Ireland'], slug: 'ireland', cameo: 'IRL' },
];

/** Cities with the index of their country in COUNTRIES; the first city of a country is its capital when `capital`. */
export const CITIES: readonly { names: Trio; slug: string; country: number; capital?: boolean; wikidata?: string }[] = [
  { names: ['مراكش', 'Marrakech', 'Marrakesh'], slug: 'marrakech', country: 0, wikidata: 'Q101625' },
  { names: ['الرباط', 'Rabat', 'Rabat'], slug: 'rabat', country: 0, capital: true },
  { names: ['الدار البيضاء', 'Casablanca', 'Casablanca'], slug: 'casablanca', country: 0 },
  { names: ['طنجة', 'Tanger', 'Tangier'], slug: 'tangier', country: 0 },
  { names: ['فاس', 'Fès', 'Fez'], slug: 'fez', country: 0 },
  { names: ['أكادير', 'Agadir', 'Agadir'], slug: 'agadir', country: 0 },
  { names: ['وجدة', 'Oujda', 'Oujda'], slug: 'oujda', country: 0 },
  { names: ['باريس', 'Paris', 'Paris'], slug: 'paris', country: 1, capital: true },
  { names: ['مرسيليا', 'Marseille', 'Marseille'], slug: 'marseille', country: 1 },
  { names: ['ليون', 'Lyon', 'Lyon'], slug: 'lyon', country: 1 },
  { names: ['نيس', 'Nice', 'Nice'], slug: 'nice', country: 1 },
  { names: ['تولوز', 'Toulouse', 'Toulouse'], slug: 'toulouse', country: 1 },
  { names: ['مدريد', 'Madrid', 'Madrid'], slug: 'madrid', country: 2, capital: true },
  { names: ['برشلونة', 'Barcelone', 'Barcelona'], slug: 'barcelona', country: 2 },
  { names: ['مالقة', 'Malaga', 'Málaga'], slug: 'malaga', country: 2 },
  { names: ['الدوحة', 'Doha', 'Doha'], slug: 'doha', country: 3, capital: true },
  { names: ['الجزائر العاصمة', 'Alger', 'Algiers'], slug: 'algiers', country: 4, capital: true },
  { names: ['تونس العاصمة', 'Tunis', 'Tunis'], slug: 'tunis', country: 5, capital: true },
  { names: ['القاهرة', 'Le Caire', 'Cairo'], slug: 'cairo', country: 6, capital: true },
  { names: ['بروكسل', 'Bruxelles', 'Brussels'], slug: 'brussels', country: 7, capital: true },
  { names: ['أنتويرب', 'Anvers', 'Antwerp'], slug: 'antwerp', country: 7 },
  { names: ['أمستردام', 'Amsterdam', 'Amsterdam'], slug: 'amsterdam', country: 8, capital: true },
  { names: ['روتردام', 'Rotterdam', 'Rotterdam'], slug: 'rotterdam', country: 8 },
  { names: ['برلين', 'Berlin', 'Berlin'], slug: 'berlin', country: 9, capital: true },
  { names: ['روما', 'Rome', 'Rome'], slug: 'rome', country: 10, capital: true },
  { names: ['لشبونة', 'Lisbonne', 'Lisbon'], slug: 'lisbon', country: 11, capital: true },
  { names: ['لندن', 'Londres', 'London'], slug: 'london', country: 12, capital: true },
  { names: ['داكار', 'Dakar', 'Dakar'], slug: 'dakar', country: 14, capital: true },
  { names: ['الرياض', 'Riyad', 'Riyadh'], slug: 'riyadh', country: 20, capital: true },
  { names: ['دبي', 'Dubaï', 'Dubai'], slug: 'dubai', country: 21 },
  { names: ['عمان', 'Amman', 'Amman'], slug: 'amman', country: 22, capital: true },
  { names: ['بيروت', 'Beyrouth', 'Beirut'], slug: 'beirut', country: 23, capital: true },
  { names: ['إسطنبول', 'Istanbul', 'Istanbul'], slug: 'istanbul', country: 24 },
  { names: ['جنيف', 'Genève', 'Geneva'], slug: 'geneva', country: 25 },
  { names: ['فيينا', 'Vienne', 'Vienna'], slug: 'vienna', country: 26, capital: true },
];

export const REGIONS: readonly { names: Trio; slug: string }[] = [
  { names: ['أوروبا', 'Europe', 'Europe'], slug: 'europe' },
  { names: ['الساحل', 'Sahel', 'Sahel'], slug: 'sahel' },
  { names: ['المغرب العربي', 'Maghreb', 'Maghreb'], slug: 'maghreb' },
  { names: ['الشرق الأوسط', 'Moyen-Orient', 'Middle East'], slug: 'middle-east' },
  { names: ['غرب أفريقيا', "Afrique de l'Ouest", 'West Africa'], slug: 'west-africa' },
  { names: ['البحر الأبيض المتوسط', 'Méditerranée', 'Mediterranean'], slug: 'mediterranean' },
  { names: ['الخليج', 'Golfe', 'Gulf'], slug: 'gulf' },
  { names: ['البلقان', 'Balkans', 'Balkans'], slug: 'balkans' },
  { names: ['أمريكا اللاتينية', 'Amérique latine', 'Latin America'], slug: 'latin-america' },
  { names: ['شرق أفريقيا', "Afrique de l'Est", 'East Africa'], slug: 'east-africa' },
];

/** International organisations: names, acronym aliases, the source spellings of Interpol. */
export const INTERNATIONAL_ORGS: readonly {
  names: Trio;
  slug: string;
  aliases: readonly (readonly [string, 'ar' | 'fr' | 'en'])[];
  wikidata?: string;
  cameo?: string;
}[] = [
  {
    names: ['المنظمة الدولية للشرطة الجنائية', 'Organisation internationale de police criminelle', 'International Criminal Police Organization'],
    slug: 'interpol',
    aliases: [
      ['الإنتربول', 'ar'],
      ['أنتربول', 'ar'],
      ['الانتربول', 'ar'],
      ['Interpol', 'fr'],
      ['OIPC', 'fr'],
      ['Interpol', 'en'],
    ],
    wikidata: 'Q8475',
    cameo: 'IGOCOPITP',
  },
  {
    names: [
      'وكالة الاتحاد الأوروبي للتعاون في مجال إنفاذ القانون',
      'Agence de l’Union européenne pour la coopération des services répressifs',
      'European Union Agency for Law Enforcement Cooperation',
    ],
    slug: 'europol',
    aliases: [
      ['يوروبول', 'ar'],
      ['Europol', 'fr'],
      ['Europol', 'en'],
    ],
  },
  {
    names: [
      'آلية الاتحاد الأفريقي للتعاون الشرطي',
      "Mécanisme de l'Union africaine pour la coopération policière",
      'African Union Mechanism for Police Cooperation',
    ],
    slug: 'afripol',
    aliases: [
      ['أفريبول', 'ar'],
      ['Afripol', 'fr'],
      ['Afripol', 'en'],
    ],
  },
  {
    names: [
      'مكتب الأمم المتحدة المعني بالمخدرات والجريمة',
      'Office des Nations unies contre la drogue et le crime',
      'United Nations Office on Drugs and Crime',
    ],
    slug: 'unodc',
    aliases: [
      ['ONUDC', 'fr'],
      ['UNODC', 'en'],
    ],
  },
  {
    names: [
      'الوكالة الأوروبية لحرس الحدود والسواحل',
      'Agence européenne de garde-frontières et de garde-côtes',
      'European Border and Coast Guard Agency',
    ],
    slug: 'frontex',
    aliases: [
      ['فرونتكس', 'ar'],
      ['Frontex', 'fr'],
      ['Frontex', 'en'],
    ],
  },
];

/** National agency types: names and an optional acronym. */
export const AGENCY_TYPES: readonly { names: Trio; acronym?: string; slug: string }[] = [
  {
    names: ['المديرية العامة للأمن الوطني', 'Direction générale de la sûreté nationale', 'General Directorate of National Security'],
    acronym: 'DGSN',
    slug: 'dgsn',
  },
  {
    names: [
      'المديرية العامة لمراقبة التراب الوطني',
      'Direction générale de la surveillance du territoire',
      'General Directorate of Territorial Surveillance',
    ],
    acronym: 'DGST',
    slug: 'dgst',
  },
  { names: ['الشرطة القضائية', 'Police judiciaire', 'Judicial Police'], acronym: 'PJ', slug: 'judicial-police' },
  { names: ['الدرك الوطني', 'Gendarmerie nationale', 'National Gendarmerie'], slug: 'gendarmerie' },
  {
    names: ['المكتب المركزي للأبحاث القضائية', "Bureau central d'investigations judiciaires", 'Central Bureau of Judicial Investigation'],
    acronym: 'BCIJ',
    slug: 'bcij',
  },
  { names: ['إدارة الجمارك', 'Administration des douanes', 'Customs Administration'], slug: 'customs' },
  { names: ['وزارة الداخلية', "Ministère de l'Intérieur", 'Ministry of the Interior'], slug: 'interior-ministry' },
  { names: ['الشرطة الوطنية', 'Police nationale', 'National Police'], slug: 'national-police' },
  { names: ['مصلحة الاستعلامات', 'Service de renseignement', 'Intelligence Service'], slug: 'intelligence-service' },
  { names: ['وحدة مكافحة الإرهاب', 'Unité antiterroriste', 'Counter-Terrorism Unit'], slug: 'counter-terrorism-unit' },
  { names: ['النيابة العامة', 'Parquet', "Public Prosecutor's Office"], slug: 'prosecutor' },
  { names: ['خفر السواحل', 'Garde-côtes', 'Coast Guard'], slug: 'coast-guard' },
  {
    names: ['وحدة معالجة المعلومات المالية', 'Cellule de renseignement financier', 'Financial Intelligence Unit'],
    acronym: 'CRF',
    slug: 'financial-intelligence-unit',
  },
  { names: ['فرقة مكافحة المخدرات', 'Brigade des stupéfiants', 'Narcotics Squad'], slug: 'narcotics-squad' },
];

export const GROUP_SHAPES: readonly { names: (place: Trio, family: Trio) => Trio; slug: string }[] = [
  { names: (p) => [`شبكة ${p[0]}`, `Réseau de ${p[1]}`, `${p[2]} network`], slug: 'network' },
  { names: (p) => [`مافيا ${p[0]}`, `Mafia de ${p[1]}`, `${p[2]} mafia`], slug: 'mafia' },
  { names: (_p, f) => [`عصابة آل ${f[0]}`, `Clan ${f[1]}`, `${f[2]} clan`], slug: 'clan' },
  { names: (p) => [`خلية ${p[0]} الإرهابية`, `Cellule terroriste de ${p[1]}`, `${p[2]} terrorist cell`], slug: 'cell' },
  { names: (p) => [`كارتل ${p[0]}`, `Cartel de ${p[1]}`, `${p[2]} cartel`], slug: 'cartel' },
];

export const THREATS: readonly { names: Trio; slug: string }[] = [
  { names: ['الإرهاب', 'Terrorisme', 'Terrorism'], slug: 'terrorism' },
  { names: ['الاتجار بالمخدرات', 'Trafic de drogue', 'Drug trafficking'], slug: 'drug-trafficking' },
  { names: ['الاتجار بالبشر', 'Traite des êtres humains', 'Human trafficking'], slug: 'human-trafficking' },
  { names: ['الجريمة الإلكترونية', 'Cybercriminalité', 'Cybercrime'], slug: 'cybercrime' },
  { names: ['غسل الأموال', "Blanchiment d'argent", 'Money laundering'], slug: 'money-laundering' },
  { names: ['الجريمة المنظمة', 'Criminalité organisée', 'Organised crime'], slug: 'organised-crime' },
  { names: ['تهريب الأسلحة', "Trafic d'armes", 'Arms trafficking'], slug: 'arms-trafficking' },
  { names: ['الهجرة غير النظامية', 'Migration irrégulière', 'Irregular migration'], slug: 'irregular-migration' },
  { names: ['التطرف العنيف', 'Extrémisme violent', 'Violent extremism'], slug: 'violent-extremism' },
  { names: ['التهريب', 'Contrebande', 'Smuggling'], slug: 'smuggling' },
  { names: ['الاحتيال', 'Fraude', 'Fraud'], slug: 'fraud' },
  { names: ['الاختطاف', 'Enlèvement', 'Kidnapping'], slug: 'kidnapping' },
];

export const MAJOR_EVENT_TYPES: readonly { names: Trio; slug: string }[] = [
  { names: ['كأس العالم', 'Coupe du monde', 'World Cup'], slug: 'world-cup' },
  { names: ['الألعاب الأولمبية', 'Jeux olympiques', 'Olympic Games'], slug: 'olympics' },
  { names: ['كأس أمم أفريقيا', "Coupe d'Afrique des nations", 'Africa Cup of Nations'], slug: 'afcon' },
  { names: ['القمة الدولية', 'Sommet international', 'International Summit'], slug: 'summit' },
  { names: ['المعرض الدولي', 'Exposition internationale', 'International Expo'], slug: 'expo' },
  { names: ['مؤتمر المناخ', 'Conférence sur le climat', 'Climate Conference'], slug: 'climate-conference' },
  { names: ['المنتدى الأمني', 'Forum sur la sécurité', 'Security Forum'], slug: 'security-forum' },
];

export const AWARD_TYPES: readonly { names: Trio; slug: string }[] = [
  { names: ['الميدالية الذهبية للشرف', "Médaille d'or d'honneur", 'Gold Medal of Honour'], slug: 'gold-medal' },
  { names: ['وسام الاستحقاق', 'Ordre du mérite', 'Order of Merit'], slug: 'order-of-merit' },
  { names: ['وسام جوقة الشرف', "Légion d'honneur", 'Legion of Honour'], slug: 'legion-of-honour' },
  { names: ['جائزة التعاون الأمني', 'Prix de la coopération sécuritaire', 'Security Cooperation Award'], slug: 'cooperation-award' },
];

export const AFFAIR_CODENAMES: readonly { names: Trio; slug: string }[] = [
  { names: ['بيغاسوس', 'Pegasus', 'Pegasus'], slug: 'pegasus' },
  { names: ['الأخطبوط', 'Pieuvre', 'Octopus'], slug: 'octopus' },
  { names: ['الصقر', 'Faucon', 'Falcon'], slug: 'falcon' },
  { names: ['العقرب', 'Scorpion', 'Scorpion'], slug: 'scorpion' },
  { names: ['الأرز', 'Cèdre', 'Cedar'], slug: 'cedar' },
  { names: ['الرمال', 'Sables', 'Sands'], slug: 'sands' },
  { names: ['المرجان', 'Corail', 'Coral'], slug: 'coral' },
  { names: ['الزمرد', 'Émeraude', 'Emerald'], slug: 'emerald' },
];

export const PUBLISHERS: readonly (string | undefined)[] = [
  'Hespress',
  'Le360',
  'Le Monde',
  'Le Figaro',
  'El País',
  'Al Jazeera',
  'TelQuel',
  'Médias24',
  'Reuters',
  'Agence France-Presse',
  'Maghreb Arabe Presse',
  undefined,
  undefined,
];

export const MONTHS: Readonly<Record<'ar' | 'fr' | 'en', readonly string[]>> = {
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export const ORDINAL_QUARTER: Readonly<Record<'ar' | 'fr' | 'en', readonly string[]>> = {
  ar: ['الأول', 'الثاني', 'الثالث', 'الرابع'],
  fr: ['premier', 'deuxième', 'troisième', 'quatrième'],
  en: ['first', 'second', 'third', 'fourth'],
};
