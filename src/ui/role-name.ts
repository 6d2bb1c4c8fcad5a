import type { LangTag } from '@/lib/i18n/locale';
import type { Speaker } from '@/model/debate-schema';

type Role = Speaker['roles'][number];

/** A role as its language writes it: 武漢大學計算機學院教授, but "Professor, School of …". */
export function roleName({ title, organization }: Role, tag: LangTag): string {
  if (!organization) return title;
  return tag === 'en' ? `${title}, ${organization}` : `${organization}${title}`;
}
