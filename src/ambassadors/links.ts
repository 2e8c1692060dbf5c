import type { Ambassador } from '../domain/ambassadors';

/** Every way to reach the bot through one ambassador's code. */
export interface AmbassadorLinks {
  /** The web chat with the code: what the QR code and the poster point to. */
  webChat: string;
  /** A chat with the bot in Teams; null when the bot has no Microsoft app id. Teams cannot carry the code. */
  teams: string | null;
  qrPng: string;
  qrSvg: string;
  poster: string;
}

export interface LinkSettings {
  /** Where people reach this server, without a trailing slash. */
  publicUrl: string;
  microsoftAppId?: string;
}

export function linksFor(ambassador: Pick<Ambassador, 'code'>, settings: LinkSettings): AmbassadorLinks {
  const code = encodeURIComponent(ambassador.code);
  const base = settings.publicUrl;
  return {
    webChat: `${base}/?ref=${code}`,
    teams: settings.microsoftAppId ? `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(settings.microsoftAppId)}` : null,
    qrPng: `${base}/ambassadors/${code}/qr.png`,
    qrSvg: `${base}/ambassadors/${code}/qr.svg`,
    poster: `${base}/ambassadors/${code}/poster`,
  };
}
