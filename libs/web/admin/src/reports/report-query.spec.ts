import { convertToParamMap } from '@angular/router';
import { readReportFilters, reportFilterParams } from './report-query';

const DPU = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';

describe(readReportFilters.name, () => {
  it('reads every filter from the URL', () => {
    const params = convertToParamMap({ status: 'submitted', departmentId: DPU, categoryId: DPU, overdue: 'true', q: ' jalan rusak ' });
    expect(readReportFilters(params)).toEqual({ status: 'submitted', departmentId: DPU, categoryId: DPU, overdue: true, q: 'jalan rusak' });
  });

  it('drops what the API would refuse', () => {
    const params = convertToParamMap({ status: 'lost', departmentId: 'dpu', overdue: '1', q: '   ' });
    expect(readReportFilters(params)).toEqual({});
  });
});

describe(reportFilterParams.name, () => {
  it('writes only the filters that are set, and reads back the same', () => {
    const params = reportFilterParams({ q: 'banjir', overdue: true, status: undefined, departmentId: '' });
    expect(params).toEqual({ q: 'banjir', overdue: 'true' });
    expect(readReportFilters(convertToParamMap(params))).toEqual({ q: 'banjir', overdue: true });
  });
});
