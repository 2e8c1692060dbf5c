import QRCode from 'qrcode';

/**
 * QR codes for the ambassadors' links. Error correction M survives a creased or
 * slightly dirty poster; the quiet zone of 4 modules is what scanners expect.
 */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

export function qrPng(text: string, width = 600): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: 'png', width });
}

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: 'svg' });
}

export async function qrDataUrl(text: string): Promise<string> {
  return `data:image/png;base64,${(await qrPng(text, 400)).toString('base64')}`;
}
