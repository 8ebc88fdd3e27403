import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { changePasswordSchema, loginSchema, type ChangePasswordInput, type LoginInput } from '@mmt/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiZodBody } from '../common/openapi.js';
import { attributeRequest } from '../logging/logger-params.js';
import { Public, RequireRole } from './auth.decorators.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';
import { CurrentPrincipal } from './principal.decorator.js';
import { principalView, type Principal } from './principal.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiZodBody(loginSchema)
  async login(
    @Body({ schema: loginSchema }) body: LoginInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { principal, sessionSecret, expiresAt } = await this.auth.login(body, request.ip);
    attributeRequest(request.raw, principal);
    void reply.setCookie(SESSION_COOKIE, sessionSecret, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      expires: expiresAt,
    });
    return principalView(principal);
  }

  /** Ends the session (idempotent: signing out twice is fine). */
  @Post('logout')
  @Public()
  @HttpCode(204)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.logout(request.cookies[SESSION_COOKIE]);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Ends every session of the signed-in person, on every device, this one included. */
  @Post('logout-everywhere')
  @RequireRole('viewer')
  @HttpCode(204)
  async logoutEverywhere(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.signOutEverywhere(principal);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  me(@CurrentPrincipal() principal: Principal) {
    return principalView(principal);
  }

  @Put('password')
  @RequireRole('viewer')
  @HttpCode(204)
  @ApiZodBody(changePasswordSchema)
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: changePasswordSchema }) body: ChangePasswordInput,
    @Req() request: FastifyRequest,
  ) {
    await this.auth.changePassword(principal, body, request.ip);
  }
}
