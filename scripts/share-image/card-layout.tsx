// How a share card looks (1200×630, drawn by satori: flexbox only, every style inline). The
// words come from src/features/share-image/share-card.ts, which also makes the image's alt
// text from them.
import type { ReactNode } from 'react';
import type { CardStance, ShareCard } from '../../src/features/share-image/share-card.ts';
import { quotedExcerpt } from '../../src/lib/clip-text.ts';
import type { Topic } from '../../src/model/debate-schema.ts';
import { SHARE_IMAGE_SIZE } from '../../src/lib/share-image.ts';
import type { PositionEncoding, PositionShape } from '../../src/ui/position-encoding.ts';

// The site's light theme (src/styles/app.css).
const INK = '#1f2328';
const MUTED = '#57606a';
const LINE = '#d0d7de';
const WASH = '#f6f8fa';
const ACCENT = '#0b5cad';

/** A stance's place on its topic's axis: marker shape (◀ ◆ ▶), place and colour all say it. */
function Track({ position, width }: { position: PositionEncoding; width: number }) {
  const height = 36;
  const pad = 18;
  const mid = height / 2;
  const placed = position.offset !== undefined;
  const x = pad + (position.offset ?? 0.5) * (width - 2 * pad);
  const markers: Partial<Record<PositionShape, string>> = {
    'toward-from': `M${x - 15},${mid} L${x + 12},${mid - 14} L${x + 12},${mid + 14} Z`,
    'toward-to': `M${x + 15},${mid} L${x - 12},${mid - 14} L${x - 12},${mid + 14} Z`,
    centre: `M${x},${mid - 15} L${x + 15},${mid} L${x},${mid + 15} L${x - 15},${mid} Z`,
  };
  const marker = markers[position.shape];
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <rect width={width} height={height} rx={8} fill={position.tint} />
      <line
        x1={pad}
        x2={width - pad}
        y1={mid}
        y2={mid}
        stroke={MUTED}
        strokeWidth={2}
        strokeDasharray={placed ? undefined : '6 8'}
      />
      {placed &&
        [0, 0.25, 0.5, 0.75, 1].map((t) => (
          <circle key={t} cx={pad + t * (width - 2 * pad)} cy={mid} r={3.5} fill={MUTED} />
        ))}
      {marker && <path d={marker} fill={position.markerColour} stroke={INK} strokeWidth={2} />}
    </svg>
  );
}

function Row({ children, style }: { children: ReactNode; style?: object }) {
  return <div style={{ display: 'flex', alignItems: 'center', ...style }}>{children}</div>;
}

function Column({ children, style }: { children: ReactNode; style?: object }) {
  return <div style={{ display: 'flex', flexDirection: 'column', ...style }}>{children}</div>;
}

/** The axis's two poles, over the tracks drawn below them. */
function Poles({ axis, width }: { axis: Topic['axis']; width: number }) {
  return (
    <Row style={{ width, justifyContent: 'space-between', fontSize: 24, color: MUTED }}>
      <div>◀ {axis.from}</div>
      <div>{axis.to} ▶</div>
    </Row>
  );
}

/** One speaker's stance on a topic: name, place on the axis, label and position in words. */
function StanceRow({ stance, trackWidth }: { stance: CardStance; trackWidth: number }) {
  return (
    <Row style={{ gap: 28 }}>
      <div style={{ width: 150, fontSize: 34, fontWeight: 700 }}>{stance.speaker}</div>
      <Track position={stance.position} width={trackWidth} />
      <Column style={{ flex: 1, gap: 2 }}>
        <div style={{ fontSize: 32, fontWeight: 700 }}>{stance.label}</div>
        <div style={{ fontSize: 22, color: MUTED }}>{stance.position.description}</div>
      </Column>
    </Row>
  );
}

function Kicker({ children }: { children: ReactNode }) {
  return <div style={{ fontSize: 26, color: ACCENT, fontWeight: 700 }}>{children}</div>;
}

function CardBody(card: ShareCard) {
  switch (card.kind) {
    case 'stance':
      return (
        <Column style={{ gap: 20 }}>
          <Kicker>
            {card.topic.heading} · {card.topic.subheading}
          </Kicker>
          <div style={{ fontSize: 58, fontWeight: 700, lineHeight: 1.15 }}>{card.title}</div>
          <Row style={{ gap: 20 }}>
            <div style={{ fontSize: 22, color: MUTED }}>{card.topic.axis.from}</div>
            <Track position={card.stance.position} width={300} />
            <div style={{ fontSize: 22, color: MUTED }}>{card.topic.axis.to}</div>
            <div style={{ fontSize: 26, marginLeft: 12 }}>{card.stance.position.description}</div>
          </Row>
          {card.quote && (
            <Column
              style={{
                marginTop: 8,
                padding: '20px 28px',
                gap: 10,
                background: WASH,
                borderLeft: `8px solid ${card.stance.position.markerColour}`,
              }}
            >
              <div style={{ fontSize: 32, lineHeight: 1.5 }}>{quotedExcerpt(card.quote)}</div>
              <div style={{ fontSize: 22, color: MUTED }}>
                {card.stance.speaker} · {card.quote.kind} · {card.quote.attribution}
              </div>
            </Column>
          )}
        </Column>
      );
    case 'topic':
      return (
        <Column style={{ gap: 18 }}>
          <Kicker>{card.topic.subheading}</Kicker>
          <div style={{ fontSize: 66, fontWeight: 700, lineHeight: 1.1 }}>{card.topic.heading}</div>
          <div style={{ fontSize: 30, color: MUTED }}>{card.topic.question}</div>
          <Column style={{ gap: 16, marginTop: 18 }}>
            <Row style={{ gap: 28 }}>
              <div style={{ width: 150 }} />
              <Poles axis={card.topic.axis} width={420} />
            </Row>
            {card.stances.map((stance) => (
              <StanceRow key={stance.speaker} stance={stance} trackWidth={420} />
            ))}
          </Column>
        </Column>
      );
    case 'speaker':
      return (
        <Column style={{ gap: 10 }}>
          <div style={{ fontSize: 54, fontWeight: 700 }}>{card.speaker}</div>
          <div style={{ fontSize: 24, color: MUTED }}>{card.roles}</div>
          <Column style={{ gap: 10, marginTop: 14 }}>
            {card.rows.map((row) => (
              <Row key={row.topic} style={{ gap: 24 }}>
                <div style={{ width: 280, fontSize: 26, color: MUTED }}>{row.topic}</div>
                <Track position={row.stance.position} width={160} />
                <div style={{ fontSize: 30, fontWeight: 700 }}>{row.stance.label}</div>
              </Row>
            ))}
          </Column>
        </Column>
      );
    case 'overview':
      return (
        <Column style={{ gap: 14 }}>
          <div style={{ fontSize: 42, fontWeight: 700, lineHeight: 1.25 }}>{card.title}</div>
          <Column style={{ marginTop: 6 }}>
            <Row style={{ borderBottom: `2px solid ${LINE}`, paddingBottom: 6 }}>
              <div style={{ width: 300 }} />
              {card.speakers.map((name) => (
                <div key={name} style={{ flex: 1, fontSize: 26, fontWeight: 700 }}>
                  {name}
                </div>
              ))}
            </Row>
            {card.rows.map((row) => (
              <Row
                key={row.topic}
                style={{ borderBottom: `1px solid ${LINE}`, paddingTop: 6, paddingBottom: 6 }}
              >
                <div style={{ width: 300, fontSize: 24, color: MUTED }}>{row.topic}</div>
                {row.stances.map((stance, i) => (
                  <Row key={card.speakers[i]} style={{ flex: 1, gap: 12 }}>
                    {stance && <Track position={stance.position} width={84} />}
                    <div style={{ fontSize: 24, fontWeight: 700 }}>{stance?.label ?? ''}</div>
                  </Row>
                ))}
              </Row>
            ))}
          </Column>
        </Column>
      );
  }
}

/** The card as satori draws it, in `fontFamily`. */
export function cardLayout(card: ShareCard, fontFamily: string) {
  return (
    <div
      style={{
        ...SHARE_IMAGE_SIZE,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '44px 64px 30px',
        background: '#ffffff',
        borderTop: `12px solid ${ACCENT}`,
        color: INK,
        fontFamily,
      }}
    >
      <CardBody {...card} />
      <Row
        style={{
          justifyContent: 'space-between',
          borderTop: `2px solid ${LINE}`,
          paddingTop: 16,
          fontSize: 22,
          color: MUTED,
        }}
      >
        <div>{card.footer}</div>
      </Row>
    </div>
  );
}
