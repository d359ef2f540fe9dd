import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthStatusDto } from './health.dto';

const DATABASE_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(private readonly dataSource: DataSource) {}

  async readiness(): Promise<HealthStatusDto> {
    const database = await this.databaseUp();
    return { status: database ? 'ok' : 'error', checks: { database: database ? 'ok' : 'down' } };
  }

  private async databaseUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('database check timed out')), DATABASE_TIMEOUT_MS);
      });
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      return true;
    } catch (error) {
      this.logger.warn({ err: error }, 'Readiness check failed');
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
