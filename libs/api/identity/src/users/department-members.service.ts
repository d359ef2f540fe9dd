import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Who works for a department, for the modules that hand it work. */
@Injectable()
export class DepartmentMembersService {
  constructor(private readonly dataSource: DataSource) {}

  /** The active officials of a department: the people who act on what is dispatched to it. */
  async officials(departmentId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT m.user_id
         FROM department_member m
         JOIN app_user u ON u.id = m.user_id AND u.status = 'active'
        WHERE m.department_id = $1
          AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = m.user_id AND r.role = 'official')
        ORDER BY m.user_id`,
      [departmentId],
    );
    return rows.map((row) => row.user_id);
  }

  /** The active moderators (they moderate across departments): whom new work for moderators is announced to. */
  async moderators(manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT r.user_id FROM user_role r JOIN app_user u ON u.id = r.user_id AND u.status = 'active'
        WHERE r.role = 'moderator' ORDER BY r.user_id`,
    );
    return rows.map((row) => row.user_id);
  }
}
