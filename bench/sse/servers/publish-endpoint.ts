// POST /publish for the comparison servers: the publisher sends them the same JSON body it sends to
// presser, and they broadcast it as the event's data.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface PieceOfText {
  seq: number;
  lang: string;
  append: string;
}

export function handlePublish(req: IncomingMessage, res: ServerResponse, broadcast: (id: number, piece: PieceOfText) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const piece = JSON.parse(Buffer.concat(chunks).toString('utf8')) as PieceOfText;
    broadcast(++lastId, piece);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
}

let lastId = 0;
