// Full-text search in the public list (`to_tsvector('indonesian', title || ' ' || description)
// @@ websearch_to_tsquery`, GIN index ix_report_search), newest first: common words whose matches
// run into tens of thousands of rows on a seeded database, and a rarer phrase.
const QUERIES = ['jalan rusak', 'sampah', 'lampu jalan', 'banjir', 'pohon tumbang', 'antrean puskesmas'];

export default {
  description: `GET /api/reports?q=… (${QUERIES.map((q) => `"${q}"`).join(', ')}), first page of 20`,
  baseline: 'reports',
  async setup({ fetch }) {
    const requests = [];
    for (const q of QUERIES) {
      const path = `/api/reports?limit=20&q=${encodeURIComponent(q)}`;
      const res = await fetch(path);
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
      // An empty answer is fast and proves nothing (e.g. a database whose full text is missing).
      const { items } = await res.json();
      if (items.length === 0) throw new Error(`GET ${path}: no reports found; seed the database with bench/seed-reports.mjs`);
      requests.push({ method: 'GET', path });
    }
    return requests;
  },
};
