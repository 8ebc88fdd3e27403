import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** Who is acting: the signed-in user or token once accounts exist; "anonymous" until then. */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<{ actor?: string }>();
  return request.actor ?? 'anonymous';
});
