// opencc-js ships its dictionaries as modules of one string each ("繁 简|…") without types.
declare module 'opencc-js/dict/*' {
  const entries: string;
  export default entries;
}
