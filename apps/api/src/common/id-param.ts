import { NotFoundException, Param, type PipeTransform } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class EntityIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    // An id that cannot exist is simply not found; it never reaches the database.
    if (!UUID.test(value)) throw new NotFoundException(`No record has the id ${value.slice(0, 100)}`);
    return value.toLowerCase();
  }
}

/** A route parameter holding an id (`:id` by default), checked to be a well-formed one. */
export const IdParam = (name = 'id') => Param(name, new EntityIdPipe());
