// Word lists the entity rules rely on. All entries lower-case, accents kept off (see normalize.ts).
// Kept small and general: they describe news English, not any one corpus.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/**
 * Words that head a role or title before or after a name ("foreign affairs adviser", "Prime Minister").
 * Singular and plural forms, since bylines say "Associated Press writers A, B and C".
 */
export const ROLE_HEADS = set(`
president presidents minister ministers secretary secretaries leader leaders aide aides adviser advisers advisor
advisors spokesman spokeswoman spokesperson spokespeople ambassador ambassadors envoy envoys senator senators sen.
representative rep. congressman congresswoman lawmaker lawmakers legislator governor gov. mayor mayors premier premiers
chancellor chief chiefs director directors chair chairman chairwoman chairperson ceo cfo coo cto founder co-founder
co-star co-host co-author co-owner co-chair co-director co-creator
cofounder executive executives officer officers official officials commissioner commissioners candidate candidates
councillor councilor councillors councilors coun. coach coaches manager managers analyst analysts expert experts
professor professors prof. economist economists scientist scientists researcher researchers fellow lawyer lawyers
attorney attorneys judge judges justice general gen. colonel col. commander lieutenant lt. sergeant sgt. captain capt.
detective det. constable cst. const. inspector insp. superintendent supt. sheriff coroner coroners writer writers reporter reporters
correspondent correspondents editor editors columnist journalist journalists photographer photographers author
producer actor actress singer rapper musician artist player players forward defenceman defenseman goalie goaltender
quarterback pitcher striker midfielder golfer owner owners partner head dean principal teacher student resident
residents mother father son daughter wife husband brother sister widow grandmother grandfather king queen prince
princess pope bishop archbishop priest pastor rabbi imam mp mpp mla mep speaker treasurer diplomat diplomats
negotiator strategist consultant organizer organiser activist member members critic critics historian specialist
engineer doctor dr. nurse physician surgeon psychologist psychiatrist veterinarian pilot driver officer trustee
prosecutor prosecutors counsel solicitor magistrate magistrates registrar provost minister-designate nominee chairman-elect president-elect vice-president
director-general secretary-general deputy administrator administrators coordinator supervisor assistant
superintendent agent agents investigator investigators spokesmen chef entrepreneur investor investors founder
presenter commentator pollster forecaster forecasters meteorologist meteorologists dad mom mum stepfather stepmother grandson granddaughter friend friends
colleague colleagues teammate teammates neighbour neighbor boss fiancee fiance girlfriend boyfriend
`);

/** Words that modify a role head ("senior fellow", "foreign policy aide"). */
export const ROLE_MODIFIERS = set(`
foreign policy affairs presidential deputy senior former prime defense defence national security vice executive general
state mayoral rival chief top interim acting assistant associate federal provincial municipal city regional local
international political economic finance financial health public opposition conservative liberal democratic
republican majority minority then longtime long-time veteran lead special managing principal first junior team party
campaign communications press white house legal military intelligence trade justice interior environment energy
transport transportation immigration education labour labor agriculture treasury cabinet government
independent ruling ousted late retired outgoing incoming current new head assistant-deputy director general
senate house parliamentary elected appointed fellow research medical clinical staff union police fire
criminal defence defense civil human rights climate science technology news sports photo video investigative
chief-of-staff of-staff co vice-chair county school board council tribal band indigenous first-nations nation
`);

/** Honorifics: stripped from names, not kept as roles. */
export const HONORIFICS = set(`mr. mr mrs. mrs ms. ms miss mx. mx sir dame lord lady madam`);

/**
 * Letters after a name, as written ("Tom Jones KC said", "Jane Smith MSP", "Sir John Brown OBE"):
 * no part of the name, where they follow a person's name and no name follows them ("Bridgwater
 * MP Ian Liddell-Grainger" is a title before a name).
 */
export const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'MP', 'MSP', 'MS', 'MLA', 'MPP', 'MHA', 'MNA', 'TD', 'MEP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'JP']);

/** Titles held "for" a portfolio ("Minister for Health Simon Harris", "Secretary for Justice"), which a department follows before the person. */
export const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner', 'director', 'envoy', 'ambassador', 'czar', 'tsar']);

/** Titles that announce a person when written right before a name ("Sen. Graham"). */
export const PERSON_TITLES = set(`
president minister secretary leader senator sen. rep. representative governor gov. mayor premier chancellor
king queen prince princess pope bishop archbishop cardinal rev. reverend father pastor rabbi imam sheikh sheik
general gen. colonel col. commander lieutenant lt. sergeant sgt. captain capt. major maj. admiral adm. corporal cpl.
private pte. detective det. constable cst. const. inspector insp. superintendent supt. sheriff officer chief judge
justice commissioner councillor councilor coun. coach dr. doctor prof. professor ambassador speaker chairman
chairwoman chair director spokesman spokeswoman spokesperson aide adviser advisor ceo founder deputy mp mpp mla mep
lady sultan emir sheikha
lt sgt det con coun cllr cllr. cr insp supt capt cpl col gen dr prof dci ds di dsi sen advocate
taoiseach tánaiste tanaiste kabaka malam mallam alhaji alhaja datuk dato datin seri haji hajia prophet apostle evangelist
halfback fullback winger striker midfielder defender goalkeeper quarterback mca corporator
`);

/** Demonyms and nationality words that precede titles ("Hungarian Prime Minister"). */
export const DEMONYMS = set(`
american american-born russian ukrainian hungarian chinese canadian british english french german italian spanish
japanese korean north south iranian iraqi israeli palestinian syrian turkish saudi egyptian indian pakistani afghan
mexican brazilian argentine argentinian australian polish swedish norwegian danish finnish dutch belgian swiss
austrian greek irish scottish welsh european african asian latin venezuelan cuban colombian chilean peruvian
nigerian kenyan ethiopian south-african malaysian indonesian thai vietnamese filipino belarusian georgian
armenian azerbaijani kazakh lebanese jordanian qatari emirati yemeni libyan moroccan algerian tunisian sudanese
portuguese czech slovak romanian bulgarian serbian croatian bosnian slovenian estonian latvian lithuanian
moldovan albanian taiwanese mongolian cambodian bangladeshi nepali quebec quebecois
ontario albertan manitoban kremlin white u.s. us u.k. uk u.n. un eu nato
democrat democratic republican conservative liberal ndp tory tories federal provincial muslim muslims christian
christians jewish jew jews hindu sikh buddhist catholic catholics protestant evangelical arab arabs malay black
indigenous aboriginal inuit metis latino latina hispanic asian-american african-american
briton britons scot scots singaporean nicaraguan honduran guatemalan salvadoran ecuadorian bolivian paraguayan
uruguayan haitian jamaican ghanaian senegalese somali rwandan ugandan tanzanian zimbabwean congolese cameroonian
ivorian malian eritrean burmese lankan laotian uzbek tajik kyrgyz turkmen chechen kurdish kurd kurds pashtun baloch
tamil punjabi bengali persian yazidi druze sunni shia shiite coptic maori samoan fijian icelandic maltese cypriot
montenegrin macedonian kosovar
`);

/** Team nicknames of North American and European leagues: "San Jose Sharks", "the Oilers". */
export const TEAM_NAMES = set(`
sharks jackets oilers flames canucks jets senators leafs canadiens bruins rangers islanders devils flyers penguins
capitals hurricanes panthers lightning predators blues wild blackhawks avalanche stars coyotes kings ducks knights
kraken sabres redwings wings raptors grizzlies nets magic celtics knicks lakers clippers warriors suns spurs rockets
mavericks thunder nuggets jazz blazers trailblazers timberwolves pelicans heat hawks hornets wizards bulls cavaliers cavs
pistons pacers bucks sixers 76ers kings patriots giants cowboys eagles packers steelers ravens broncos chiefs raiders
chargers seahawks 49ers niners rams cardinals falcons saints buccaneers bucs dolphins bills jets browns bengals texans
colts titans jaguars vikings lions bears commanders yankees mets dodgers cubs sox orioles astros braves phillies
padres mariners athletics tigers twins royals guardians marlins brewers reds pirates rockies diamondbacks nationals
argonauts argos alouettes stampeders eskimos elks roughriders lions redblacks tiger-cats ticats whitecaps fc united
`);

/** Capitalised words that open sentences or headlines and are not names. */
export const FUNCTION_WORDS = set(`
a an the and or but nor so yet for of in on at to from by with without within about above after again against all
outside inside across around along alongside amongst almost nearly
also although am among amid as because before behind below beneath beside besides between beyond both despite down
during each either else even ever every few following here hence how however if into is it its it's just later
least less like many meanwhile more most much near neither never nevertheless next no none nonetheless not now
off once one only onto other otherwise our out over per perhaps plus rather regardless since some still such than
that then there therefore these they this those though through throughout thus till today tomorrow too toward
towards under unless unlike until up upon us very via was we were what whatever when whenever where whereas
wherever whether which while who whoever whom whose why will with would yes yesterday you your he she his her him
i me my mine their them we our ours my asked says said say told according earlier instead last first second third
finally indeed overall still sometimes often already again another any anyone anything everyone everything
someone something nothing nobody because could should might must may can cannot did does do done has have had
having be been being are let let's watch read more related update updated breaking video photo photos listen
advertisement sponsored subscribe sign share click see follow exclusive opinion analysis editorial live
dear thanks thank please welcome hello okay ok oh well
`);

/** Week days and months: capitalised, never entities. */
export const CALENDAR_WORDS = set(`
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec christmas easter
`);

/**
 * Abbreviated days and months ("May", "June", "July" are whole words). Written without their stop
 * before another name word they open a name: "Jan Egeland", "Sun Yat-sen", "Sun Media", "Mar Roxas".
 */
export const CALENDAR_ABBREVIATIONS = set('mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec');

/** Words that make a capitalised phrase an organisation ("Liberal Party", "Bank of Canada"). */
export const ORG_WORDS = set(`
inc inc. corp corp. corporation co. company companies ltd ltd. llc plc limited llp pvt berhad bhd sdn pty group holdings party ministry department
dept. university college school academy bank council association agency commission committee court police service
services institute center centre foundation network news times post press journal tribune herald gazette star
globe daily weekly magazine radio television tv channel broadcasting airlines airline airways motors union
federation league club board authority administration office force forces army navy guard hospital church senate
congress parliament assembly legislature cabinet commons government secretariat bureau fund trust capital
partners associates institute laboratories labs technologies systems industries international society alliance
coalition movement front organization organisation agency nations caucus council tribunal commission registry
clinic society consortium exchange reserve treasury media mobile system gmbh ag ltee open cup games championship tournament festival awards series challenge classic invitational cbc ctv reuters bloomberg afp house hour survey
financial securities observer chronicle telegraph inquirer examiner courier sentinel dispatch images image
directorate inspectorate directorate-general ombudsman studio studios
`);

/**
 * Words that make a name a company's only as its last word ("Canadian Pacific Railway", "Suncor
 * Energy"), not elsewhere ("Railway Safety Act", "Beijing Railway Station"), nor alone.
 */
export const ORG_LAST_WORDS = set(`
railway railways railroad railroads energy entertainment studios records publishing communications telecom
pharmaceuticals insurance ventures enterprises logistics transit brands foods resources
`);

/** Roles whose abbreviation is written in capitals ("CEO", "MPP"): no acronym of a body. */
const ROLE_ABBREVIATIONS = set('ceo cfo coo cto cio mpp mla mep msp mna');

/**
 * A word of three capitals that abbreviates a body, though its letters spell a role ("MOM" for the
 * Ministry of Manpower, not a mother), unless it is a role's own abbreviation ("CEO").
 */
export function isBodyAcronym(word: string): boolean {
  return word.length === 3 && THREE_CAPITALS.test(word) && !ROLE_ABBREVIATIONS.has(word.toLowerCase());
}
const THREE_CAPITALS = /^[A-Z]{3}$/;

/** A company's legal form, written after its name ("Synutra International, Inc.", "Siemens AG", "Prasarana Malaysia Berhad"). */
export const LEGAL_SUFFIXES = set(`inc inc. corp corp. ltd ltd. llc plc co. gmbh ag limited llp berhad bhd`);

/** Single names that are organisations without any organisation word. */
export const KNOWN_ORGS = set(`
kremlin pentagon nato hamas hezbollah taliban isis isil al-qaeda al-shabaab reuters bloomberg afp ap uber lyft tesla google
apple amazon facebook meta twitter microsoft huawei netflix youtube instagram tiktok whatsapp walmart boeing airbus
nasa fbi cia nsa rcmp opp csis cbc ctv bbc cnn nbc abc cbs fox pbs npr msnbc un eu who imf opec wto g7 g20 otan
gazprom rosneft toyota ford gm nissan honda volkswagen bmw spacex starlink openai nhl nba nfl mlb mls fifa uefa
ioc pga lpga usga liberals conservatives tories ndp democrats republicans gop bloc cisco ibm intel oracle samsung
sony nokia ericsson siemens bosch exxon exxonmobil chevron suncor enbridge telus loblaw loblaws costco starbucks
nike adidas disney pfizer moderna astrazeneca johnson&johnson visa mastercard paypal alibaba tencent baidu
bytedance nvidia amd qualcomm dell hp lenovo xiaomi hyundai kia volvo porsche ferrari audi dodge chrysler jeep
chevrolet stellantis bombardier shopify blackberry cibc rbc td bmo scotiabank desjardins hsbc barclays ubs
jpmorgan citigroup airbnb doordash instacart spotify snapchat reddit linkedin yahoo ebay
`);

/** Points of the compass and the like, opening a region's name ("East York", "Central Canada", "Greater Sudbury"). */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater']);

/** Organisations named by a phrase without an organisation word. */
export const KNOWN_ORG_PHRASES = new Set(
  `truth_social associated_press white_house downing_street canadian_press wall_street_journal al_jazeera al-jazeera al_jazeera_english al-jazeera_english al_arabiya red_cross red_crescent muslim_brotherhood
  globe_and_mail procter_and_gamble johnson_and_johnson marks_and_spencer ernst_and_young barnes_and_noble simon_and_schuster black_and_decker
  la_presse le_devoir le_soleil le_droit la_tribune le_monde le_figaro le_parisien la_repubblica la_stampa el_país el_pais el_mundo le_journal_de_montréal le_journal_de_québec der_spiegel die_zeit`.split(/\s+/).map((w) => w.replace(/_/g, ' ')),
);

/**
 * Words that name a public body when a country or region follows ("Health Canada", "Parks Canada",
 * "Public Health Ontario", "Sport England", "Tourism Australia", "Transport for London").
 */
export const AGENCY_HEADS = set(`
health public parks transport transportation statistics environment fisheries oceans justice immigration
employment infrastructure sport sports tourism heritage housing water energy safety border revenue veterans
agriculture trade finance defence defense education culture science innovation forestry historic natural arts
film screen export invest visit destination elections climate nuclear emergency food inspection industry
for and
`);

/** Words that make a capitalised phrase a place ("Fraser River", "Bay Street"). */
export const PLACE_WORDS = set(`
street st. avenue ave. road rd. boulevard blvd. drive highway freeway lane square plaza river lake lakes mountain
mountains mount mt. island islands county province state city town village valley bay harbour harbor park
beach coast sea ocean gulf peninsula strait region district territory territories heights falls canyon desert
forest creek hill hills airport station bridge port border mall hall garden gardens arena stadium centre
ave crescent terrace parkway courthouse complex yards market
`);

/**
 * The abbreviations news style gives states and provinces after a town ("Oshawa, Ont.", "Albany,
 * N.Y."), as written, with their dots; kept apart from PLACES, where "Miss." or "Man." would
 * read as words (PLACES has those that are no word without their dots: "Ont", "Calif").
 */
export const STATE_ABBREVIATIONS = new Set(
  `Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo.
Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis.
Wyo. D.C. Ont. Que. B.C. Alta. Sask. Man. N.S. N.B. P.E.I. N.L. Nfld. N.W.T. Y.T. Nun.`.split(/\s+/),
);

/** Countries, regions, capitals and large cities a news corpus names. Multi-word entries as written. */
export const PLACES = new Set(
  `
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi
cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czechia denmark djibouti dominica
ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands
nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar
romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname
sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda
ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe crimea donbas donbass donetsk luhansk
kharkiv kherson zaporizhzhia odesa odessa lviv kyiv kiev moscow budapest washington beijing london paris berlin
rome madrid tokyo seoul pyongyang delhi mumbai tehran baghdad damascus beirut jerusalem gaza tel_aviv cairo
riyadh doha dubai ankara istanbul athens vienna warsaw prague brussels amsterdam geneva stockholm oslo helsinki
copenhagen dublin lisbon minsk tbilisi baku yerevan kabul islamabad karachi bangkok hanoi manila jakarta sydney
melbourne canberra wellington auckland ottawa toronto montreal vancouver calgary edmonton winnipeg regina
saskatoon halifax victoria quebec ontario alberta manitoba saskatchewan yukon nunavut newfoundland labrador
nova_scotia new_brunswick prince_edward_island british_columbia b.c. bc alaska anchorage hawaii california texas
florida new_york chicago boston los_angeles san_francisco seattle miami atlanta dallas houston denver detroit
philadelphia phoenix las_vegas nevada arizona utah colorado oregon idaho montana wyoming dakota nebraska kansas saudi_arabia south_africa south_korea north_korea south_sudan sri_lanka new_zealand el_salvador costa_rica puerto_rico czech_republic dominican_republic san_diego san_jose quebec_city thunder_bay red_deer niagara_falls fort_mcmurray prince_george saint_john st._john's
oklahoma missouri iowa minnesota wisconsin illinois indiana michigan ohio kentucky tennessee mississippi alabama
louisiana arkansas virginia north_carolina south_carolina maryland delaware new_jersey west_virginia north_dakota south_dakota new_mexico pennsylvania connecticut massachusetts vermont
maine rhode_island new_hampshire surrey burnaby richmond mississauga brampton hamilton london ottawa gatineau laval
kingston windsor oshawa barrie guelph waterloo kitchener markham vaughan scarborough etobicoke fredericton moncton
charlottetown whitehorse yellowknife iqaluit kelowna kamloops nanaimo europe asia africa america americas
antarctica arctic middle_east west_bank north_america south_america latin_america scandinavia balkans baltics
caucasus siberia gulf mediterranean pacific atlantic eurasia oceania u.s. us usa u.s.a. united_states
united_kingdom u.k. uk britain great_britain england scotland wales northern_ireland hong_kong macau tibet
xinjiang kashmir punjab bengal sinai golan chechnya dagestan kaliningrad sevastopol mariupol bakhmut
avdiivka pokrovsk belgorod kursk st._petersburg petersburg vladivostok shanghai shenzhen guangzhou wuhan
taipei osaka kyoto busan manchester liverpool birmingham glasgow edinburgh belfast cardiff marseille lyon munich
frankfurt hamburg milan naples barcelona valencia porto zurich krakow gdansk kyiv budapest elmendorf-richardson
capitol_hill wall_street silicon_valley
ont alta sask nfld calif ariz colo conn fla okla tenn minn mich wis wyo neb nev ala kan kans
sao_paulo rio_de_janeiro brasilia rio_grande_do_sul rio_grande_do_norte mato_grosso mato_grosso_do_sul minas_gerais
porto_alegre santa_catarina pernambuco amazonas mexico_city guadalajara monterrey tijuana tamaulipas ciudad_juarez
oaxaca chiapas sinaloa buenos_aires bogota medellin caracas quito guayaquil montevideo asuncion managua tegucigalpa
havana new_delhi bengaluru bangalore chennai kolkata hyderabad ahmedabad kerala tamil_nadu maharashtra gujarat
uttar_pradesh rajasthan karnataka bihar assam manipur lahore peshawar quetta rawalpindi khyber_pakhtunkhwa
balochistan sindh queensland new_south_wales western_australia south_australia northern_territory brisbane adelaide tasmania lagos abuja nairobi addis_ababa
johannesburg cape_town pretoria khartoum darfur kinshasa mogadishu accra dakar kampala harare tripoli benghazi tunis
algiers casablanca rabat dhaka kathmandu colombo yangon phnom_penh kuala_lumpur ho_chi_minh_city fukushima okinawa
hiroshima chongqing hangzhou nanjing tianjin sichuan guangdong hubei chengdu incheon aleppo idlib mosul basra erbil
kirkuk jeddah mecca baluchistan abu_dhabi muscat sanaa khan_younis ramallah rotterdam antwerp seville bilbao turin venice
bologna cologne stuttgart dusseldorf leipzig dresden bordeaux toulouse strasbourg bucharest belgrade zagreb sarajevo
ljubljana bratislava riga vilnius tallinn chisinau reykjavik new_orleans nashville pittsburgh cleveland cincinnati
indianapolis milwaukee minneapolis st._louis kansas_city baltimore sacramento san_antonio salt_lake_city honolulu
tampa jacksonville
`
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/_/g, ' ')),
);


/** Verbs of saying that make the capitalised word next to them a likely person ("Telford said"). */
export const SPEECH_VERBS = set(`
said says say told tells added adds asked asks stated states wrote writes explained explains noted notes argued argues
claimed claims insisted insists warned warns recalled recalls admitted admits acknowledged acknowledges
responded responds replied replies joked jokes tweeted tweets posted posts announced announces declared declares
suggested suggests cautioned cautions conceded concedes countered counters emphasized
emphasised stressed stresses urged urges believes believed thinks thought agreed agrees confirmed confirms
explained remarked remarks commented comments observed observes predicted predicts testified testifies
`);

/** Pronouns that give a person's grammatical gender. */
/**
 * Lower-case particles inside a person's name ("Ludwig van Beethoven", "bin Salman", "Ronald dela
 * Rosa", "Kian Loyd delos Santos"). The quote rules add "st." and "y" to theirs.
 */
export const NAME_PARTICLES = set(`de del della dela delos der den van von da das dos do du la le bin ibn al el ter ten di`);

/**
 * Common Chinese, Korean and Vietnamese family names, which open a name. Those that are English or
 * French words are left out ("He", "Do", "Le", "Song", "Sun", "Park", "Pan", "Tang", "Fang").
 */
export const FAMILY_NAMES_FIRST = new Set(`wang li zhang liu chen yang huang zhao wu zhou xu ma zhu hu guo lin gao luo zheng liang xie
han feng deng cao peng zeng xiao tian dong yuan cai jiang yu du ye cheng wei su ren shen yao jin lu
kim choi jung kang cho yoon jang lim nguyen tran pham hoang phan vu dang bui ngo duong`.split(/\s+/));

export const MALE_PRONOUNS = set(`he him his himself`);
export const FEMALE_PRONOUNS = set(`she her hers herself`);

/** Fixed alias groups for common places and bodies written many ways. First entry is the canonical name. */
export const ALIASES: string[][] = [
  ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'],
  ['European Union', 'EU', 'E.U.'],
  ['United Nations', 'UN', 'U.N.'],
  ['British Columbia', 'B.C.', 'BC'],
];
