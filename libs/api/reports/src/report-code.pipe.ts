import { Injectable, PipeTransform } from '@nestjs/common';
import { NotFoundDomainException } from '@walikota/api-platform';
import { REPORT_CODE, normalizeReportCode } from './report-code';

/** A path's report code as typed (spaces, lower case) in its stored form; anything that cannot be a code is simply not found. */
@Injectable()
export class ReportCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const code = normalizeReportCode(String(value));
    if (!REPORT_CODE.test(code)) throw new NotFoundDomainException('report_not_found');
    return code;
  }
}
