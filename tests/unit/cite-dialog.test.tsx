import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { CiteButton } from '@/features/cite/cite-button';
import { bundledDebate } from '@/model/bundled-debate';
import { DebateProvider } from '@/lib/debate-view/debate-context';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import { ReadingProvider } from '@/lib/i18n/reading-context';
import { withoutEnglish } from '@/model/localize-debate';

function renderCite() {
  return render(
    <ReadingProvider place={{ reading: 'zh-hant', explicit: false }} messages={messagesZhHant}>
      <DebateProvider debate={withoutEnglish(bundledDebate)} inReading>
        <MemoryRouter initialEntries={['/topics/agi-timing/yang-shu']}>
          <CiteButton target={{ kind: 'stance', topicId: 'agi-timing', speakerId: 'yang-shu' }} />
        </MemoryRouter>
      </DebateProvider>
    </ReadingProvider>,
  );
}

test('the cite button opens a labelled dialog of every format, GB/T first', async () => {
  const user = userEvent.setup();
  renderCite();
  const opener = screen.getByRole('button', { name: '引用這個立場' });
  expect(opener).toHaveAttribute('aria-haspopup', 'dialog');
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: '引用這個立場' });
  // citeproc builds each style's engine in turn; jsdom on a busy machine is slow at it.
  const last = await within(dialog).findByRole(
    'heading',
    { name: 'CSL-JSON' },
    { timeout: 45_000 },
  );
  expect(last).toBeInTheDocument();
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
  expect(within(dialog).getByText(/^楊蜀\. .*\[EB\/OL\]\. 網易科技, 2025年春節後\[/)).toBeVisible();
  for (const name of ['GB/T 7714-2015', 'BibTeX', 'RIS', 'CSL-JSON'])
    expect(within(dialog).getByRole('button', { name: `複製 ${name}` })).toBeEnabled();
}, 60_000);

test('closing the dialog gives focus back to the cite button', async () => {
  const user = userEvent.setup();
  renderCite();
  const opener = screen.getByRole('button', { name: '引用這個立場' });
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: '引用這個立場' });
  await user.click(within(dialog).getByRole('button', { name: '關閉' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(opener).toHaveFocus();
});
