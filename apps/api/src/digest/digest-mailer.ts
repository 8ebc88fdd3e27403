import { Inject, Injectable } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notifications/notification-options.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Email through the SMTP server of SMTP_URL; without it there is no mail. */
@Injectable()
export class DigestMailer {
  private readonly transport: Transporter | null;

  constructor(@Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  }

  get available(): boolean {
    return this.transport !== null;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) throw new Error('SMTP_URL is not set: no email can be sent');
    await this.transport.sendMail({ from: this.options.mailFrom, ...mail });
  }
}
