import { Link } from 'react-router';
import { useDebate } from '@/model/debate-context';
import { paths } from '@/lib/paths';
import { uiText } from '@/lib/ui-text';
import { RelationBadge } from '@/ui/relation-badge';

// The methodology is editorial prose about this explorer, written once here in the
// interface's language; the change log comes from the data.

/** How the stances were coded, what the labels mean, what the article leaves out. */
export function Methodology() {
  const debate = useDebate();
  return (
    <article className="prose">
      <h1>{uiText.aboutTitle}</h1>
      <p>
        本站把{debate.outlet}
        {debate.programme}
        的訪談整理成一場辯論：文章的六個小節各是一個議題，每位講者在每個議題上有一個立場。每個立場都附上原文中的逐字引文，可在
        <Link to={paths.source()}>原文</Link>中一鍵核對。
      </p>
      <h2>立場如何編碼</h2>
      <ul>
        <li>
          <strong>標籤</strong>：不超過12個字，概括立場。<strong>摘要</strong>
          ：一到三句，是我們的轉述，不是原話。
        </li>
        <li>
          <strong>位置</strong>
          ：每個議題有兩端（例如「拐點」與「海嘯」），立場放在兩端之間的五個刻度上，並附一句判斷依據。位置只在同一議題內有意義，不同議題的兩端各不相同。
        </li>
        <li>
          <strong>未談及</strong>與<strong>立場不明</strong>
          是獨立的狀態，不等於「居中」：前者是講者沒有談到，後者是談到了但沒有表態。
        </li>
        <li>
          <strong>兩人關係</strong>：每個議題標為 <RelationBadge kind="agree" />、
          <RelationBadge kind="partly-agree" />、<RelationBadge kind="different-emphasis" /> 或{' '}
          <RelationBadge kind="differ" />
          ，並以一句話說明理由。
        </li>
      </ul>
      <h2>引文的種類與署名</h2>
      <ul>
        <li>
          <strong>{uiText.quoteKinds.direct}</strong>：{uiText.quoteKindHelp.direct}。
          <strong>{uiText.quoteKinds.reported}</strong>：{uiText.quoteKindHelp.reported}
          ，包括原文未加引號、但以講者第一人稱敘述的段落（編按會說明）。
        </li>
        <li>
          <strong>{uiText.attributions.explicit}</strong>：{uiText.attributionHelp.explicit}。
          <strong>{uiText.attributions.inferred}</strong>：{uiText.attributionHelp.inferred}
          ，編按會說明承接的是誰的回答。
        </li>
        <li>
          引文一字不改，保留原文的錯字與標點（如
          DeepSeeek、梁文峰、「AGI的程序」、「隻有」），並以編按註明。
        </li>
      </ul>
      {debate.limitations && debate.limitations.length > 0 && (
        <section aria-labelledby="limitations-heading">
          <h2 id="limitations-heading">{uiText.limitationsHeading}</h2>
          <ul>
            {debate.limitations.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      )}
      {debate.changelog && debate.changelog.length > 0 && (
        <section aria-labelledby="changelog-heading">
          <h2 id="changelog-heading">{uiText.changelogHeading}</h2>
          <ul>
            {debate.changelog.map((entry) => (
              <li key={`${entry.date}-${entry.summary}`}>
                <time dateTime={entry.date}>{entry.date}</time>：{entry.summary}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
