import { Methodology } from '@/features/about/methodology';

export default function AboutPage() {
  return <Methodology />;
}
