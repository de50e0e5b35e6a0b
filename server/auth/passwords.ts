import bcrypt from 'bcryptjs';

const COST = 10;

export function hashPassword(password: string): string {
  return bcrypt.hashSync(password, COST);
}

export function verifyPassword(password: string, hash: string): boolean {
  return bcrypt.compareSync(password, hash);
}
