import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { messagesEn } from '@/lib/i18n/messages-en';
import { ReadingProvider } from '@/lib/i18n/reading-context';
import { describe, expect, it, vi } from 'vitest';
import { StartDraft, type ReadFolder } from '@/features/studio/start-draft';

/** The studio as an English reader has it (/en/studio). */
function Hydrated({ children }: { children: React.ReactNode }) {
  return (
    <ReadingProvider place={{ reading: 'en', explicit: true }} messages={messagesEn}>
      {children}
    </ReadingProvider>
  );
}

function startDraftWith(readFolder: ReadFolder = () => new Promise(() => {})) {
  const onStart = vi.fn();
  render(
    <MemoryRouter initialEntries={['/studio']}>
      <Hydrated>
        <StartDraft
          onStart={onStart}
          readFolder={readFolder}
          loadBundled={() => new Promise(() => {})}
        />
      </Hydrated>
    </MemoryRouter>,
  );
  return onStart;
}

describe('starting a draft', () => {
  it('refuses a text over the source cap, saying how long it is', async () => {
    const onStart = startDraftWith();
    const paste = await screen.findByLabelText('Paste the source text');
    fireEvent.change(paste, { target: { value: '字'.repeat(5_000_001) } });
    await userEvent.click(screen.getByRole('button', { name: 'Start from this text' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The text has 5,000,001 characters, over the studio’s cap of 5,000,000',
    );
    expect(onStart).not.toHaveBeenCalled();
  });

  it('starts a Simplified text as Simplified', async () => {
    const onStart = startDraftWith();
    fireEvent.change(await screen.findByLabelText('Paste the source text'), {
      target: { value: '林晓澜：停车位太少了，应该多建停车场。' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Start from this text' }));
    expect(onStart).toHaveBeenCalledWith(
      expect.objectContaining({ debate: expect.objectContaining({ language: 'zh-Hans' }) }),
    );
  });

  it('shows how far a folder is read, and cancelling stops the reading', async () => {
    let report: (done: number) => void = () => {};
    let signal: AbortSignal | undefined;
    const onStart = startDraftWith((_files, options) => {
      report = options.onProgress;
      signal = options.signal;
      return new Promise(() => {});
    });
    const folder = await screen.findByLabelText(/Revise a debate/);
    await userEvent.upload(folder, new File(['{}'], 'debate.json', { type: 'application/json' }));
    expect(screen.getByRole('status')).toHaveTextContent('Reading… 0%');
    act(() => report(0.4));
    expect(screen.getByRole('status')).toHaveTextContent('Reading… 40%');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(signal?.aborted).toBe(true);
    expect(screen.queryByRole('status')).toBeNull();
    expect(onStart).not.toHaveBeenCalled();
  });
});
