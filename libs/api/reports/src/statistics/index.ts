export * from './report-statistics.controller';
export * from './report-statistics.dto';
export * from './report-statistics.service';
