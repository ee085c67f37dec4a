import { describe, expect, expectTypeOf, it } from 'vitest';
import { strings, type Bilingual, type Plural } from '../../../src/lib/site/i18n.ts';

/**
 * The i18n contract as the compiler keeps it (these lines are type-checked by `npm run
 * typecheck`): a table entry without every language does not compile, and a table is typed by
 * what its entries must be, so that adding a language stops the compiler at the texts to write,
 * never at the places that use them.
 */
describe('a strings table', () => {
  it('is the table it was given, typed by its keys with each entry a text, a plural or a nested table', () => {
    const table = {
      title: { vi: 'Các xã', en: 'Communes' },
      count: { vi: { other: '{n} xã' }, en: { one: '{n} commune', other: '{n} communes' } },
      nested: { a: { vi: 'a', en: 'a' } },
      list: [{ vi: 'một', en: 'one' }],
    };
    const t = strings(table);
    expect(t).toBe(table);
    expectTypeOf(t.title).toEqualTypeOf<Bilingual>();
    expectTypeOf(t.count).toEqualTypeOf<Plural>();
    expectTypeOf(t.nested.a).toEqualTypeOf<Bilingual>();
    expectTypeOf(t.list).toEqualTypeOf<readonly Bilingual[]>();
  });

  it('refuses an entry that lacks a language, at that entry', () => {
    strings({
      ok: { vi: 'có', en: 'yes' },
      // @ts-expect-error: no English
      missing: { vi: 'thiếu' },
    });
    strings({
      // @ts-expect-error: a plural without its English forms
      plural: { vi: { other: '{n} xã' } },
    });
    expect(true).toBe(true);
  });
});
