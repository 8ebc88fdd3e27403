import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  changePasswordSchema,
  loginSchema,
  principalViewSchema,
  type ChangePasswordInput,
  type LoginInput,
} from '@mmt/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiEmptyResponse, ApiErrorResponse, ApiZodResponse } from '../common/openapi.js';
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
  @ApiOperation({ operationId: 'signIn', summary: 'Sign in; the session comes as an HttpOnly cookie' })
  @ApiZodResponse(200, principalViewSchema, 'Signed in')
  @ApiErrorResponse(401, 'Wrong email or password')
  @ApiErrorResponse(429, 'Too many failed sign-ins; wait 15 minutes')
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
  @ApiOperation({ operationId: 'signOut', summary: 'Sign out (signing out twice is fine)' })
  @ApiEmptyResponse(204, 'Signed out; the cookie is cleared')
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.logout(request.cookies[SESSION_COOKIE]);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Ends every session of the signed-in person, on every device, this one included. */
  @Post('logout-everywhere')
  @RequireRole('viewer')
  @HttpCode(204)
  @ApiOperation({ operationId: 'signOutEverywhere', summary: 'End every session of the signed-in person' })
  @ApiEmptyResponse(204, 'Signed out on every device; the cookie is cleared')
  async logoutEverywhere(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.signOutEverywhere(principal);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @ApiOperation({ operationId: 'getMe', summary: 'Who is signed in (or whose token this is)' })
  @ApiZodResponse(200, principalViewSchema)
  me(@CurrentPrincipal() principal: Principal) {
    return principalView(principal);
  }

  @Put('password')
  @RequireRole('viewer')
  @HttpCode(204)
  @ApiOperation({ operationId: 'changePassword', summary: 'Change your own password' })
  @ApiEmptyResponse(204, 'Changed')
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: changePasswordSchema }) body: ChangePasswordInput,
    @Req() request: FastifyRequest,
  ) {
    await this.auth.changePassword(principal, body, request.ip);
  }
}
