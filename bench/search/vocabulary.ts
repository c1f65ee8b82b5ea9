// The words the benchmark corpus is made of: the seed transcript's sentences (read at run time,
// never copied here) and our own sentences in English and Chinese with slots for names, places,
// topics and numbers, so that words such as 中美, 合作 and 发展 occur with realistic frequency.
import { readSeed } from '../../test/support/seed.ts';

export const COUNTRIES = ['Russia', 'France', 'Germany', 'Brazil', 'India', 'Japan', 'Kenya', 'Egypt', 'Mexico', 'Chile', 'Peru', 'Norway', 'Sweden', 'Finland', 'Poland', 'Italy', 'Spain', 'Portugal', 'Greece', 'Turkey', 'Iran', 'Iraq', 'Jordan', 'Oman', 'Qatar', 'Nigeria', 'Ghana', 'Senegal', 'Ethiopia', 'Tanzania', 'Zambia', 'Angola', 'Argentina', 'Colombia', 'Cuba', 'Canada', 'Australia', 'Indonesia', 'Malaysia', 'Thailand', 'Vietnam', 'Cambodia', 'Laos', 'Myanmar', 'Nepal', 'Pakistan', 'Bangladesh', 'Kazakhstan', 'Uzbekistan', 'Mongolia', 'Serbia', 'Hungary', 'Austria', 'Belgium', 'Ireland', 'Iceland', 'Morocco', 'Tunisia', 'Algeria', 'Singapore'];
export const CITIES = ['Geneva', 'Vienna', 'Nairobi', 'Jakarta', 'Lima', 'Oslo', 'Dakar', 'Hanoi', 'Astana', 'Muscat', 'Doha', 'Lisbon', 'Athens', 'Accra', 'Havana', 'Bogota', 'Manila', 'Kathmandu', 'Tashkent', 'Belgrade', 'Budapest', 'Dublin', 'Rabat', 'Tunis', 'Santiago', 'Quito', 'Cairo', 'Amman', 'Riga', 'Tallinn'];
export const TOPICS = ['climate change', 'maritime security', 'food security', 'public health', 'artificial intelligence', 'digital economy', 'energy transition', 'poverty reduction', 'disaster relief', 'arms control', 'nuclear safety', 'cyber security', 'ocean governance', 'vaccine cooperation', 'green development', 'infrastructure investment', 'trade facilitation', 'tourism', 'education exchanges', 'space exploration', 'supply chains', 'semiconductor exports', 'fisheries', 'water resources', 'counterterrorism', 'law enforcement', 'migration', 'debt relief', 'financial stability', 'rural revitalization'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export const EN_TEMPLATES = [
  '{country} and {country2} agreed to deepen cooperation on {topic}.',
  'The spokesperson said the talks on {topic} were candid, in-depth and constructive.',
  'Could you share more details about the visit to {country} next {month}?',
  'We have noted the reports about {topic} and will release information in due course.',
  'Trade between the two countries grew by {n} percent last year, reaching {n2} billion dollars.',
  'The {ordinal} round of consultations on {topic} will be held in {city} in {month}.',
  'What is your comment on the statement issued by {country} on {topic}?',
  'Both sides should respect each other and manage their differences properly.',
  'We urge the parties concerned to stop interfering in the internal affairs of other countries.',
  'The minister will pay an official visit to {country} from {month} {day} to {day2}.',
  'More than {n} countries and international organizations have supported the initiative on {topic}.',
  'This position is consistent and clear, and it has not changed.',
  'I have no information to offer on that question at the moment.',
  'We welcome {country} to take part in the cooperation on {topic}.',
  'The two sides will mark the {n}th anniversary of diplomatic relations this year.',
  'Dialogue and consultation are the only viable way to settle the dispute.',
  'How do you assess the current situation regarding {topic} in the region?',
  'Development is the master key to solving all problems.',
  'The freight trains to {city} have made {n} thousand trips so far.',
  'We hope {country} will work with us in the same direction and bring relations back on track.',
];

export const ZH_COUNTRIES = ['俄罗斯', '法国', '德国', '巴西', '印度', '日本', '肯尼亚', '埃及', '墨西哥', '智利', '秘鲁', '挪威', '瑞典', '芬兰', '波兰', '意大利', '西班牙', '葡萄牙', '希腊', '土耳其', '伊朗', '伊拉克', '约旦', '阿曼', '卡塔尔', '尼日利亚', '加纳', '塞内加尔', '埃塞俄比亚', '坦桑尼亚', '赞比亚', '安哥拉', '阿根廷', '哥伦比亚', '古巴', '加拿大', '澳大利亚', '印度尼西亚', '马来西亚', '泰国', '越南', '柬埔寨', '老挝', '缅甸', '尼泊尔', '巴基斯坦', '孟加拉国', '哈萨克斯坦', '乌兹别克斯坦', '蒙古国', '塞尔维亚', '匈牙利', '奥地利', '比利时', '爱尔兰', '冰岛', '摩洛哥', '突尼斯', '阿尔及利亚', '新加坡'];
export const ZH_CITIES = ['日内瓦', '维也纳', '内罗毕', '雅加达', '利马', '奥斯陆', '达喀尔', '河内', '阿斯塔纳', '马斯喀特', '多哈', '里斯本', '雅典', '阿克拉', '哈瓦那', '波哥大', '马尼拉', '加德满都', '塔什干', '贝尔格莱德', '布达佩斯', '都柏林', '拉巴特', '突尼斯城', '圣地亚哥', '基多', '开罗', '安曼', '里加', '塔林'];
export const ZH_TOPICS = ['经贸', '气候变化', '人工智能', '数字经济', '能源', '粮食安全', '公共卫生', '海洋', '网络安全', '军控', '核安全', '减贫', '教育', '旅游', '航天', '基础设施', '金融', '农业', '人文交流', '绿色发展', '反恐', '执法', '科技创新', '新能源汽车', '半导体', '供应链', '文化', '体育', '防灾减灾', '水资源'];

export const ZH_TEMPLATES = [
  '中方愿同{国家}一道，推动双边关系健康稳定发展。',
  '中美双方就{领域}问题进行了坦诚深入的交流。',
  '我们注意到有关{领域}的报道，将适时发布消息。',
  '{国家}是中国的重要合作伙伴，双方在{领域}领域合作成果丰硕。',
  '去年双边贸易额达到{数}亿美元，同比增长{小数}%。',
  '中方一贯主张通过对话协商和平解决争端。',
  '请问中方对{国家}领导人访华有何期待？',
  '第{序}轮{领域}磋商将于{月}月在{城市}举行。',
  '全球发展倡议得到{数}多个国家和国际组织支持。',
  '中美关系稳定发展符合两国人民的根本利益，也是国际社会的普遍期待。',
  '我们敦促有关方面停止干涉别国内政。',
  '中方愿同各方加强沟通协调，共同维护地区和平稳定。',
  '关于你提到的问题，我目前没有可以提供的信息。',
  '共建一带一路合作为沿线国家带来了实实在在的好处。',
  '中国将继续坚定不移扩大高水平对外开放。',
  '双方同意加强在{领域}等领域的务实合作。',
  '人类命运共同体理念日益深入人心。',
  '这是中方的一贯立场，没有改变，也不会改变。',
  '记者会上，多家媒体关注{领域}议题。',
  '外长将于{月}月{日}日至{日2}日对{国家}进行正式访问。',
  '中欧班列累计开行{数}万列，通达{小数}个国家。',
  '发展是解决一切问题的总钥匙。',
  '我们欢迎{国家}参与{领域}合作。',
  '中方坚决反对任何形式的单边制裁。',
  '希望美方同中方相向而行，推动中美关系重回正轨。',
  '请问中方如何评价当前的{领域}形势？',
  '中国始终是世界和平的建设者、全球发展的贡献者。',
  '我们支持{国家}和{国家2}通过谈判解决分歧。',
  '今年是中国同{国家}建交{小数}周年。',
  '双方将以此为契机，推动{领域}合作取得更多成果。',
  '中美两国在{领域}方面拥有广泛的共同利益。',
  '请问中方是否会派代表出席在{城市}举行的{领域}会议？',
];

/** Sentences of the seed transcript: lines joined, hyphenation undone, speaker labels dropped. */
export function seedSentences(): string[] {
  const text = readSeed()
    .replace(/-\n(?=\p{Ll})/gu, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[A-Z][\w’' ]{2,40}: /g, ' ');
  return text
    .split(/(?<=[.?!])\s+(?=[A-Z‘“])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 30 && s.length < 400);
}

export { MONTHS, ORDINALS };
