// The host country, when the title, dateline, venue or occasion names an institution only one
// country has (the National People's Congress, the White House, the Kremlin ...), so that outlets
// are domestic or foreign against it. Front matter's `country` wins; more than one country, or
// none, leaves it unknown.
const HOST_INSTITUTIONS: readonly [RegExp, string][] = [
  [
    /\bNational People['’]s Congress\b|\bCPPCC\b|Chinese People['’]s Political Consultative Conference|\bCPC Central Committee\b|Communist Party of China|State Council Information Office|全国人大|全国人民代表大会|全国政协|国务院新闻办|中共中央|外交部发言人/u,
    'CN',
  ],
  [/\bWhite House\b|\bFederal Reserve\b|\bFOMC\b|\bDepartment of State\b|\bState Department\b|\bPentagon\b|James S\. Brady/u, 'US'],
  [/\bKremlin\b/u, 'RU'],
  [/\bDowning Street\b/u, 'GB'],
  [/\bÉlysée\b|\bElysee Palace\b/u, 'FR'],
];
const SAMPLE = 1000;

export function inferHostCountry(texts: readonly (string | null | undefined)[]): string | null {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const sample = text.slice(0, SAMPLE);
    for (const [institution, country] of HOST_INSTITUTIONS) if (institution.test(sample)) found.add(country);
  }
  return found.size === 1 ? [...found][0]! : null;
}
