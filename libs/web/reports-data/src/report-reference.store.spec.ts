import { TestBed } from '@angular/core/testing';
import type { ApiClient, AreaTreeDto, CategoryDto, DepartmentDto } from '@walikota/shared-contracts';
import { API } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { ReportReference } from './report-reference.store';

const CATEGORY: CategoryDto = { id: 'c1', module: 'report', code: 'jalan', nameId: 'Jalan rusak', nameEn: 'Damaged road' };
const DEPARTMENT: DepartmentDto = { id: 'd1', code: 'dpu', name: 'Dinas Pekerjaan Umum', nameEn: 'Public Works Agency', shortName: 'DPU' };
const AREAS: AreaTreeDto = {
  municipalityCode: '33.74',
  municipalityName: 'Kota Semarang',
  kecamatan: [
    {
      id: 'k1',
      code: '33.74.01',
      name: 'Semarang Tengah',
      kelurahan: [{ id: 'l1', code: '33.74.01.1001', name: 'Pekunden', level: 'kelurahan' }],
    },
  ],
};

describe(ReportReference.name, () => {
  let api: jest.Mocked<Pick<ApiClient, 'listCategories' | 'getAreaTree' | 'listDepartments'>>;
  let reference: ReportReference;

  beforeEach(() => {
    localStorage.clear();
    api = {
      listCategories: jest.fn().mockResolvedValue([CATEGORY]),
      getAreaTree: jest.fn().mockResolvedValue(AREAS),
      listDepartments: jest.fn().mockResolvedValue([DEPARTMENT]),
    };
    TestBed.configureTestingModule({ providers: [{ provide: API, useValue: api }] });
    reference = TestBed.inject(ReportReference);
  });

  it('loads the categories, the area tree and the departments once, and names things by id', async () => {
    await Promise.all([reference.load(), reference.load()]);
    await reference.load();
    expect(api.listCategories).toHaveBeenCalledTimes(1);
    expect(api.listCategories).toHaveBeenCalledWith({ module: 'report' });
    expect(api.getAreaTree).toHaveBeenCalledTimes(1);

    expect(reference.categoryName('c1')).toBe('Jalan rusak');
    expect(reference.areaName('l1', 'k1')).toBe('Pekunden, Semarang Tengah');
    expect(reference.areaName('unknown', 'k1')).toBe('Semarang Tengah');
    expect(reference.kelurahanOf('k1').map((k) => k.name)).toEqual(['Pekunden']);
    expect(reference.kecamatanOf('l1')).toBe('k1');
    expect(reference.categoryName(null)).toBe('');
    expect(api.listDepartments).toHaveBeenCalledTimes(1);
    expect(reference.departmentName('d1')).toBe('Dinas Pekerjaan Umum (DPU)');
    expect(reference.departmentName('unknown')).toBe('');
    expect(reference.departmentName(null)).toBe('');

    await TestBed.inject(I18n).use('en');
    expect(reference.categoryName('c1')).toBe('Damaged road');
    expect(reference.departmentName('d1')).toBe('Public Works Agency (DPU)');
  });

  it('keeps the problem after a failure and tries again on the next load', async () => {
    api.getAreaTree.mockRejectedValueOnce(new Error('network'));
    await reference.load();
    expect(reference.problem()?.code).toBe('unexpected');
    expect(reference.areaName('l1', 'k1')).toBe('');

    await reference.load();
    expect(api.getAreaTree).toHaveBeenCalledTimes(2);
    expect(reference.problem()).toBeNull();
    expect(reference.areaName('l1', 'k1')).toBe('Pekunden, Semarang Tengah');
  });
});
