/**
 * The source of a migration file, in the shape TypeORM's own generator writes, minus the
 * `"public".` qualifier it puts on some statements: migrations run in whatever schema the
 * connection's search_path names (tests use one schema per file).
 */
export function renderMigration(className: string, changes: { up: string[]; down: string[] }): string {
  const line = (q: string) =>
    `    await queryRunner.query(\`${q
      .replace(/"public"\./g, '')
      .replace(/\\/g, '\\\\')
      .replace(/`/g, '\\`')
      .replace(/\$\{/g, '\\${')}\`);`;
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${changes.up.map(line).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${changes.down.map(line).join('\n')}
  }
}
`;
}
