import ExplorerLayout from './explorer-layout';
import Overview from './overview';
import SpeakerPage from './speaker';
import StancePage from './stance';
import TopicPage from './topic';

// The matrix and its pages (overview, topic, stance, speaker), loaded as one chunk: the other
// pages (the source, the method, search, the comparison) don't carry the matrix's code.
export const explorerPages = { ExplorerLayout, Overview, TopicPage, StancePage, SpeakerPage };
