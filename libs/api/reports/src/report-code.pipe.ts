import { Injectable, PipeTransform } from '@nestjs/common';
import { NotFoundDomainException } from '@walikota/api-platform';
import { REPORT_CODE } from './report.dto';

/** A path's report code, upper-cased; anything that cannot be a code is simply not found. */
@Injectable()
export class ReportCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const code = String(value).trim().toUpperCase();
    if (!REPORT_CODE.test(code)) throw new NotFoundDomainException('report_not_found');
    return code;
  }
}
