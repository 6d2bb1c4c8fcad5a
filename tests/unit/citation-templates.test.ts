import { citeInput, QUOTE, STANCE } from './cite-inputs';
import { bundledTemplates } from '@/features/cite/bundled-templates';
import {
  fillParts,
  templateKey,
  toTemplate,
  URL_STAND_IN,
} from '@/features/cite/citation-templates';
import { liveParts } from '@/features/cite/format-live';
import { STYLED_FORMATS } from '@/features/cite/style-items';

test('a template keeps a slot for the address and the access date', () => {
  const template = toTemplate(`Title[EB/OL]. (2026-12-01)[1111-11-11]. ${URL_STAND_IN}.`);
  expect(
    fillParts(
      { reference: template, inText: '[1]' },
      {
        url: 'https://example.org/x#q',
        accessed: new Date(2027, 0, 5),
      },
    ).reference,
  ).toBe('Title[EB/OL]. (2026-12-01)[2027-01-05]. https://example.org/x#q.');
});

test('the build refuses a style that prints a stand-in in a form the dialog cannot fill', () => {
  expect(() => toTemplate('Accessed 1111/11/11.')).toThrow(/stand-in/);
  expect(() => toTemplate('See cited.invalid.')).toThrow(/stand-in/);
});

test('a retrieval date spelled out, in Chinese, English or MLA’s form, becomes a slot', () => {
  expect(toTemplate('讀取於 1111年11月11日, 從 https://cited.invalid/page')).toBe(
    '讀取於 {{accessed-zh}}, 從 {{url}}',
  );
  expect(toTemplate('Retrieved November 11, 1111')).toBe('Retrieved {{accessed-en}}');
  expect(toTemplate('Accessed 11 Nov. 1111.')).toBe('Accessed {{accessed-mla}}.');
});

// The bundled debate's citations come from the build's templates; a debate opened from disk
// is formatted in the page. Both must give the same text.
test.each(['zh-Hant', 'zh-Hans', 'en'] as const)(
  '%s: the prerendered citations are the ones citation-js makes in the page',
  async (reading) => {
    const made = await bundledTemplates(reading);
    for (const kind of ['article', 'page'] as const)
      for (const target of [
        QUOTE,
        STANCE,
        { kind: 'debate' } as const,
        { kind: 'topic', topicId: 'agi-timing' } as const,
      ]) {
        const { input, words } = citeInput(reading, kind, target);
        for (const format of STYLED_FORMATS) {
          const template = made.templates[templateKey(kind, target)]?.[format];
          expect(template, `${kind} ${format}`).toBeDefined();
          if (template) expect(fillParts(template, input)).toEqual(liveParts(format, input, words));
        }
      }
  },
  120_000,
);
