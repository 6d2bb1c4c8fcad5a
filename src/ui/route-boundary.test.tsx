import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import { ReadingProvider } from '@/lib/i18n/reading-context';
import { RouteBoundary } from './route-boundary';

function Broken(): never {
  throw new Error('the stance has no quotes');
}

it('shows what broke in place of the page, and tries again at the next address', async () => {
  // React reports the error it caught on the console, as it should.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <ReadingProvider place={{ reading: 'zh-hant', explicit: false }} messages={messagesZhHant}>
      <MemoryRouter initialEntries={['/broken']}>
        <Link to="/fine">elsewhere</Link>
        <RouteBoundary>
          <Routes>
            <Route path="/broken" element={<Broken />} />
            <Route path="/fine" element={<p>a page that works</p>} />
          </Routes>
        </RouteBoundary>
      </MemoryRouter>
    </ReadingProvider>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('the stance has no quotes');
  await userEvent.click(screen.getByRole('link', { name: 'elsewhere' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByText('a page that works')).toBeInTheDocument();
});
