import nl from '../../locales/nl.json';

type Texts = typeof nl;
type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;
type KeysOf<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? Join<P, K> : T[K] extends readonly string[] ? never : KeysOf<T[K], Join<P, K>>;
}[keyof T & string];
type ListKeysOf<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends readonly string[] ? Join<P, K> : T[K] extends string ? never : ListKeysOf<T[K], Join<P, K>>;
}[keyof T & string];

/** A key of a sentence in locales/nl.json, checked by the compiler. */
export type TextKey = KeysOf<Texts>;
/** A key of a list of words in locales/nl.json, such as the names of the weekdays. */
export type ListKey = ListKeysOf<Texts>;
export type Values = Record<string, string | number>;

function lookup(key: string): unknown {
  let node: unknown = nl;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

/** The Dutch text for a key, with `{name}` placeholders filled in. */
export function t(key: TextKey, values: Values = {}): string {
  const text = lookup(key);
  if (typeof text !== 'string') throw new Error(`locales/nl.json has no text at "${key}"`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) throw new Error(`text "${key}" needs a value for {${name}}`);
    return String(values[name]);
  });
}

export function list(key: ListKey): string[] {
  const words = lookup(key);
  if (!Array.isArray(words)) throw new Error(`locales/nl.json has no list at "${key}"`);
  return words as string[];
}
