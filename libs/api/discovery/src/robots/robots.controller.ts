import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig, Public } from '@walikota/api-platform';
import { robotsTxt } from './robots-txt';

/** `/robots.txt`, at the root of the site (outside /api) and outside the OpenAPI document. */
@ApiExcludeController()
@Public()
@Controller()
export class RobotsController {
  private readonly body: string;

  constructor(config: AppConfig) {
    this.body = robotsTxt(config.publicUrl);
  }

  @Get('robots.txt')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  robotsTxt(): string {
    return this.body;
  }
}
