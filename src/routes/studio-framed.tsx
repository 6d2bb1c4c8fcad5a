import { useHref, useLocation } from 'react-router';
import { useStudioText } from '@/features/studio/use-studio-text';
import { useLocale } from '@/lib/i18n/use-locale';

const REFUSAL = {
  'zh-Hant': {
    why: '編輯室不能在其他網頁的框架中使用：它能修改和刪除保存在這個瀏覽器裏的草稿。',
    open: '在新分頁開啟編輯室',
  },
  'zh-Hans': {
    why: '编辑室不能在其他网页的框架中使用：它能修改和删除保存在这个浏览器里的草稿。',
    open: '在新标签页打开编辑室',
  },
  en: {
    why: 'The studio cannot be used inside another page’s frame: it can change and delete the drafts kept in this browser.',
    open: 'Open the studio in a new tab',
  },
};

/**
 * What /studio shows inside a frame (issue 25): a page of another site framing it could click
 * its buttons under its own and delete a draft. The server forbids the framing
 * (scripts/serve.mjs); where a host does not, the studio itself offers no control at all.
 */
export function StudioFramed() {
  const s = useStudioText();
  const text = REFUSAL[useLocale().tag];
  const { pathname, search } = useLocation();
  const href = useHref({ pathname, search });
  return (
    <div className="studio">
      <h1>{s.title}</h1>
      <p role="alert">{text.why}</p>
      <p>
        <a href={href} target="_blank" rel="noopener noreferrer">
          {text.open}
        </a>
      </p>
    </div>
  );
}

/** Whether this page is shown inside a frame (any page's, this site's too). */
export const isFramed = (): boolean => window.top !== window.self;
