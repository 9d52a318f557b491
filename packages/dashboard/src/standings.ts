// What the pages show, computed once from the readable months: each creator's all-time Lilybits,
// modules and PRs, the ranked leaderboards (all time and per month), and the totals over time.
// Amounts come from each month's `totals` (what was awarded); the counted PRs give the detail.

import type { CountedPull, ExcludedPull, MonthFile } from '@lilypad-actions/rewards';
import { creatorKey, creatorSlug } from './identity';
import type { SiteMonth } from './ledger-months';

export interface CreatorPull {
  month: string;
  preview: boolean;
  pull: CountedPull;
}

export interface CreatorExclusion {
  month: string;
  preview: boolean;
  pull: ExcludedPull;
}

export interface Creator {
  key: string;
  /** As the newest month spells it. */
  login: string;
  /** The creator page's file name (creators/<slug>.html). */
  slug: string;
  rank: number;
  lilybits: number;
  /** Counted PRs that added a module. */
  modules: number;
  /** Counted PRs, oldest merge first. */
  pulls: CreatorPull[];
  /** PRs this login authored that earned nothing, with the reason. */
  exclusions: CreatorExclusion[];
  /** Lilybits by month. */
  byMonth: Map<string, number>;
  /** Teams the rewards configuration put this login in (other than itself). */
  teams: string[];
  /** Other spellings of the login the ledger used. */
  spellings: string[];
}

/** One row of a month's leaderboard. */
export interface MonthStanding {
  creator: Creator;
  rank: number;
  /** As this month spells the login. */
  login: string;
  team: string;
  lilybits: number;
  modules: number;
}

export interface Standings {
  /** All time, best first. */
  creators: Creator[];
  bySlug: ReadonlyMap<string, Creator>;
  /** Each readable month's leaderboard, best first. */
  byMonth: ReadonlyMap<string, MonthStanding[]>;
  /** Lilybits over every readable month. */
  total: number;
}

/** Aggregates the readable months (previews included) into creators and leaderboards. */
export function computeStandings(months: readonly SiteMonth[]): Standings {
  const creators = new Map<string, Creator>();
  const creatorFor = (login: string): Creator => {
    const key = creatorKey(login);
    let c = creators.get(key);
    if (!c) {
      c = { key, login, slug: creatorSlug(login), rank: 0, lilybits: 0, modules: 0, pulls: [], exclusions: [], byMonth: new Map(), teams: [], spellings: [] };
      creators.set(key, c);
    }
    return c;
  };
  const readable = months.filter((m): m is SiteMonth & { file: MonthFile } => m.file !== null);
  const rows = new Map<string, Array<Omit<MonthStanding, 'rank'>>>();
  let total = 0;

  for (const m of readable) {
    const preview = m.integrity === 'preview';
    const counted = new Map(m.file.counted.map((p) => [p.number, p]));
    const monthRows: Array<Omit<MonthStanding, 'rank'>> = [];
    for (const t of m.file.totals) {
      const c = creatorFor(t.login);
      if (c.login !== t.login) {
        if (!c.spellings.includes(c.login)) c.spellings.push(c.login);
        c.login = t.login;
      }
      c.lilybits += t.lilybits;
      c.byMonth.set(m.month, (c.byMonth.get(m.month) ?? 0) + t.lilybits);
      if (creatorKey(t.team) !== c.key && !c.teams.includes(t.team)) c.teams.push(t.team);
      let modules = 0;
      for (const n of t.pulls) {
        const pull = counted.get(n);
        if (!pull) continue;
        c.pulls.push({ month: m.month, preview, pull });
        if (pull.kind === 'add') modules += 1;
      }
      c.modules += modules;
      monthRows.push({ creator: c, login: t.login, team: t.team, lilybits: t.lilybits, modules });
    }
    rows.set(m.month, monthRows);
    total += m.file.total;
  }
  // Exclusions belong on a creator's page only when the creator earned something at all.
  for (const m of readable) {
    for (const pull of m.file.excluded) {
      const c = pull.author === null ? undefined : creators.get(creatorKey(pull.author));
      if (c) c.exclusions.push({ month: m.month, preview: m.integrity === 'preview', pull });
    }
  }

  const ranked = rank([...creators.values()], (c) => c.lilybits, (c) => c.key);
  ranked.forEach(({ item, rank: r }) => {
    item.rank = r;
    item.spellings = item.spellings.filter((s) => s !== item.login);
    item.pulls.sort((a, b) => (a.pull.mergedAt < b.pull.mergedAt ? -1 : a.pull.mergedAt > b.pull.mergedAt ? 1 : a.pull.number - b.pull.number));
    item.exclusions.sort((a, b) => (a.pull.mergedAt < b.pull.mergedAt ? -1 : a.pull.mergedAt > b.pull.mergedAt ? 1 : a.pull.number - b.pull.number));
  });
  const byMonth = new Map<string, MonthStanding[]>();
  for (const [month, list] of rows) {
    byMonth.set(
      month,
      rank(list, (r) => r.lilybits, (r) => r.creator.key).map(({ item, rank: r }) => ({ ...item, rank: r })),
    );
  }
  const creatorsRanked = ranked.map((r) => r.item);
  return { creators: creatorsRanked, bySlug: new Map(creatorsRanked.map((c) => [c.slug, c])), byMonth, total };
}

/** Best first, ties in name order sharing a rank (1, 2, 2, 4). */
function rank<T>(items: T[], score: (t: T) => number, name: (t: T) => string): Array<{ item: T; rank: number }> {
  const sorted = [...items].sort((a, b) => score(b) - score(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  const out: Array<{ item: T; rank: number }> = [];
  sorted.forEach((item, i) => {
    const previous = out[i - 1];
    out.push({ item, rank: previous && score(previous.item) === score(item) ? previous.rank : i + 1 });
  });
  return out;
}
