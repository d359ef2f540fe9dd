import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_PATH = 'api/docs';

/** The OpenAPI document; operation ids are the controller method names (the generated client's). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Walikota API')
    .setDescription(
      'API portal partisipasi warga Kantor Walikota: aspirasi dan pengaduan, petisi, forum warga, usulan dan rencana proyek, APBD. ' +
        'Every error body is `{ statusCode, code, message, details? }`; `message` follows `Accept-Language` (id by default, en).',
    )
    .setVersion('1.0')
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey: string, methodKey: string) => methodKey,
  });
}

export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup(OPENAPI_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${OPENAPI_PATH}/openapi.json`,
    customSiteTitle: 'Walikota API',
  });
}

/** Stable text form of the document, as committed in apps/api/openapi.json. */
export function serializeOpenApi(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
