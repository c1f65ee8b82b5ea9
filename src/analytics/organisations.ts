// International organisations that press conferences name, in English and Chinese: presser's own
// small list (the countries come from the maintained i18n-iso-countries package instead). The first
// name in each language is the one shown. English names and abbreviations match case-sensitively on
// word boundaries; Chinese names match as substrings that begin a word (see entities.ts). Left out on
// purpose: abbreviations that are mostly something else ("AU" for gold or Australia, "UN" is kept
// because it is upper-case and a word of its own).

export interface Organisation {
  /** Stable lowercase id; countries use upper-case ISO codes, so the two never collide. */
  id: string;
  en: readonly string[];
  zh: readonly string[];
}

export const ORGANISATIONS: readonly Organisation[] = [
  { id: 'un', en: ['United Nations', 'UN', 'U.N.'], zh: ['联合国'] },
  { id: 'unsc', en: ['UN Security Council', 'United Nations Security Council', 'Security Council'], zh: ['联合国安理会', '联合国安全理事会', '安理会'] },
  { id: 'unga', en: ['UN General Assembly', 'United Nations General Assembly'], zh: ['联合国大会', '联大'] },
  { id: 'unhrc', en: ['Human Rights Council', 'UN Human Rights Council'], zh: ['联合国人权理事会', '人权理事会'] },
  { id: 'unesco', en: ['UNESCO'], zh: ['联合国教科文组织'] },
  { id: 'sco', en: ['Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation', 'SCO'], zh: ['上海合作组织', '上合组织'] },
  { id: 'brics', en: ['BRICS'], zh: ['金砖国家', '金砖'] },
  { id: 'asean', en: ['ASEAN', 'Association of Southeast Asian Nations'], zh: ['东盟', '东南亚国家联盟'] },
  { id: 'wto', en: ['World Trade Organization', 'World Trade Organisation', 'WTO'], zh: ['世界贸易组织', '世贸组织'] },
  { id: 'who', en: ['World Health Organization', 'World Health Organisation', 'WHO'], zh: ['世界卫生组织', '世卫组织'] },
  { id: 'eu', en: ['European Union', 'EU'], zh: ['欧盟', '欧洲联盟'] },
  { id: 'african-union', en: ['African Union'], zh: ['非洲联盟', '非盟'] },
  { id: 'g20', en: ['G20', 'G-20', 'Group of Twenty'], zh: ['二十国集团'] },
  { id: 'g7', en: ['G7', 'G-7', 'Group of Seven'], zh: ['七国集团'] },
  { id: 'nato', en: ['NATO', 'North Atlantic Treaty Organization'], zh: ['北约', '北大西洋公约组织'] },
  { id: 'apec', en: ['APEC', 'Asia-Pacific Economic Cooperation'], zh: ['亚太经合组织', '亚太经济合作组织'] },
  { id: 'iaea', en: ['IAEA', 'International Atomic Energy Agency'], zh: ['国际原子能机构'] },
  { id: 'imf', en: ['IMF', 'International Monetary Fund'], zh: ['国际货币基金组织'] },
  { id: 'world-bank', en: ['World Bank'], zh: ['世界银行', '世行'] },
  { id: 'aiib', en: ['AIIB', 'Asian Infrastructure Investment Bank'], zh: ['亚投行', '亚洲基础设施投资银行'] },
  { id: 'arab-league', en: ['Arab League', 'League of Arab States'], zh: ['阿拉伯国家联盟', '阿盟'] },
  { id: 'gcc', en: ['Gulf Cooperation Council', 'GCC'], zh: ['海湾阿拉伯国家合作委员会', '海合会'] },
  { id: 'opec', en: ['OPEC'], zh: ['石油输出国组织', '欧佩克'] },
  // Named here also so that 中非合作论坛 reads as the forum, never as the Central African Republic.
  { id: 'focac', en: ['Forum on China-Africa Cooperation', 'FOCAC'], zh: ['中非合作论坛'] },
  { id: 'celac', en: ['CELAC', 'Community of Latin American and Caribbean States'], zh: ['拉共体', '拉美和加勒比国家共同体'] },
];
