import { MigrationInterface, QueryRunner } from 'typeorm';

/** When each account last signed in, for the admins' user list. */
export class UserLastSignIn1795399000000 implements MigrationInterface {
  name = 'UserLastSignIn1795399000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "last_sign_in_at"`);
  }
}
