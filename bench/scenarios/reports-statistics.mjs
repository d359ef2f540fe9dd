// Public statistics: two aggregate queries over the reports filed or resolved in the range
// (the last 12 months by default), all departments and one department.
export default {
  description: 'GET /api/reports/statistics (last 12 months; all departments, and one department)',
  async setup({ fetch }) {
    const departments = await (await fetch('/api/departments')).json();
    const dpu = departments.find((d) => d.code === 'DPU') ?? departments[0];
    const paths = ['/api/reports/statistics', `/api/reports/statistics?departmentId=${dpu.id}`];
    for (const path of paths) {
      const res = await fetch(path);
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
    }
    return paths.map((path) => ({ method: 'GET', path }));
  },
};
