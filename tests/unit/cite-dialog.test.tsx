import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { CiteButton } from '@/features/cite/cite-button';
import { bundledDebate } from '@/model/bundled-debate';
import type { Debate } from '@/model/debate-schema';
import { DebateProvider } from '@/lib/debate-view/debate-context';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import { ReadingProvider } from '@/lib/i18n/reading-context';
import { withoutEnglish } from '@/model/localize-debate';
import type { CiteTarget } from '@/ui/cite-slot';
import { loadFixtureDebate } from './load-fixture';

function renderCite(
  target: CiteTarget,
  {
    debate = withoutEnglish(bundledDebate),
    bundled = true,
    path = '/topics/agi-timing/yang-shu',
  } = {} as {
    debate?: Debate;
    bundled?: boolean;
    path?: string;
  },
) {
  return render(
    <ReadingProvider place={{ reading: 'zh-hant', explicit: false }} messages={messagesZhHant}>
      <DebateProvider debate={debate} inReading={bundled}>
        <MemoryRouter initialEntries={[path]}>
          <CiteButton target={target} />
        </MemoryRouter>
      </DebateProvider>
    </ReadingProvider>,
  );
}

const STANCE: CiteTarget = { kind: 'stance', topicId: 'agi-timing', speakerId: 'yang-shu' };

test('a stance opens on citing this page, every format, GB/T first', async () => {
  const user = userEvent.setup();
  renderCite(STANCE);
  const opener = screen.getByRole('button', { name: '引用這個立場' });
  expect(opener).toHaveAttribute('aria-haspopup', 'dialog');
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: '引用這個立場' });
  expect(within(dialog).getByRole('radio', { name: '本站這一頁' })).toBeChecked();
  await within(dialog).findByRole('heading', { name: 'CSL-JSON' }, { timeout: 45_000 });
  expect(
    within(dialog)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual([
    'GB/T 7714-2015',
    'APA 第7版',
    'MLA 第9版',
    'Chicago（作者—日期制）',
    'BibTeX',
    'RIS',
    'CSL-JSON',
  ]);
  // Our page, under our site's name: not the speaker as author, nor NetEase as publisher.
  expect(
    within(dialog).getByText(
      /^楊蜀談「AGI即將到來\?」：.+（資料版本 2026-12-07）\[EB\/OL\]\/\/辯論立場地圖\. \(2026-12-07\)\[\d{4}-\d\d-\d\d\]\. http:\/\/localhost(:\d+)?\/topics\/agi-timing\/yang-shu\.$/,
    ),
  ).toBeVisible();
  expect(dialog).not.toHaveTextContent('網易科技');
}, 60_000);

test('choosing the article cites 崔玉賢’s article, with the interviewer and the year', async () => {
  const user = userEvent.setup();
  renderCite(STANCE);
  await user.click(screen.getByRole('button', { name: '引用這個立場' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('radio', { name: '原文' }));
  expect(within(dialog).getByText(/^引用網易科技刊出的原文：作者崔玉賢、採訪丁廣勝/)).toBeVisible();
  expect(
    await within(dialog).findByText(
      /^崔玉賢\. \(2025\)\. \[.+\] \(丁廣勝, 採訪員\)\. 網易科技 科技《態度》欄目\.$/,
      {},
      { timeout: 45_000 },
    ),
  ).toBeVisible();
}, 60_000);

test('a debate opened from disk is cited from its own data, formatted in the page', async () => {
  const user = userEvent.setup();
  const debate = loadFixtureDebate('three-voices');
  renderCite({ kind: 'debate' }, { debate, bundled: false, path: '/about' });
  await user.click(screen.getByRole('button', { name: '引用整場對談' }));
  const dialog = await screen.findByRole('dialog');
  // The introduction names this debate's outlet, author and interviewer, not the bundled one's.
  expect(within(dialog).getByText(/^引用測試刊出的原文：作者測試作者、採訪王明/)).toBeVisible();
  expect(dialog).not.toHaveTextContent('網易科技');
  // Its date names no year, so APA says it has none ("不詳", the zh-TW locale's "n.d.").
  expect(
    await within(dialog).findByText(
      /^測試作者\. \(不詳\)\. \[城市交通論壇\(測試用\)\] \(王明, 採訪員\)/,
      {},
      { timeout: 45_000 },
    ),
  ).toBeVisible();
}, 60_000);

test('closing the dialog gives focus back to the cite button', async () => {
  const user = userEvent.setup();
  renderCite(STANCE);
  const opener = screen.getByRole('button', { name: '引用這個立場' });
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: '引用這個立場' });
  await user.click(within(dialog).getByRole('button', { name: '關閉' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(opener).toHaveFocus();
});
