// The load generator of `geoplay bench world-floor`: a worker process (forked with an IPC channel)
// holding its share of the clients, each doing the least a walker must: one WebSocket, a location
// report of --report-bytes once a second, and reading every frame the server sends. It reads the
// tick and its send time from each frame (shared clock of the host) and keeps every 8th delivery
// delay.
//
// Messages from the parent: start {url, from, to, localAddresses, reportBytes, rampPerS,
// maxPending}; hold; endHold; stop. To the parent: progress {connected, failed}; held {...}.
import WebSocket from 'ws';

const SAMPLE_EVERY = 8;
const clients = [];
let connected = 0;
let failed = 0;
let disconnects = 0;
let holding = false;
let frames = 0;
let bytes = 0;
let reports = 0;
let gaps = 0;
let samples = new Float64Array(1 << 16);
let sampled = 0;
const timers = [];

function record(delay) {
  if (sampled === samples.length) {
    const more = new Float64Array(samples.length * 2);
    more.set(samples);
    samples = more;
  }
  samples[sampled++] = delay;
}

function open(msg, i) {
  const c = { ws: undefined, open: false, lastTick: 0 };
  clients.push(c);
  const ws = new WebSocket(msg.url, {
    perMessageDeflate: false,
    localAddress: msg.localAddresses[i % msg.localAddresses.length],
  });
  c.ws = ws;
  ws.on('open', () => {
    c.open = true;
    connected++;
  });
  ws.on('message', (data) => {
    const tick = data.readUInt32LE(0);
    if (!holding) {
      c.lastTick = tick;
      return;
    }
    frames++;
    bytes += data.length;
    if (c.lastTick !== 0 && tick !== c.lastTick + 1) gaps++;
    c.lastTick = tick;
    if (frames % SAMPLE_EVERY === 0) record(performance.timeOrigin + performance.now() - data.readDoubleLE(4));
  });
  ws.on('error', () => {});
  ws.on('close', () => {
    if (c.open) {
      c.open = false;
      connected--;
      disconnects++;
    } else failed++;
  });
}

function start(msg) {
  // One report for every client: the bytes do not matter, only that they are sent.
  const report = Buffer.alloc(msg.reportBytes, 0x33);
  let next = msg.from;
  let credit = 0;
  const opener = setInterval(() => {
    credit = Math.min(credit + msg.rampPerS / 100, Math.max(1, msg.rampPerS / 100));
    while (credit >= 1 && next < msg.to && next - msg.from - connected - failed < msg.maxPending) {
      credit--;
      open(msg, next++);
    }
    if (next >= msg.to) clearInterval(opener);
  }, 10);
  timers.push(opener);
  timers.push(setInterval(() => process.send({ type: 'progress', connected, failed }), 250));
  // Reports once a second per client, spread over 10 slices of 100 ms.
  let slice = 0;
  timers.push(
    setInterval(() => {
      for (let i = slice; i < clients.length; i += 10) {
        const c = clients[i];
        if (!c.open) continue;
        c.ws.send(report);
        if (holding) reports++;
      }
      slice = (slice + 1) % 10;
    }, 100),
  );
}

process.on('message', (msg) => {
  if (msg.type === 'start') start(msg);
  else if (msg.type === 'hold') {
    holding = true;
    frames = bytes = reports = gaps = sampled = disconnects = 0;
    for (const c of clients) c.lastTick = 0;
  } else if (msg.type === 'endHold') {
    holding = false;
    process.send({
      type: 'held',
      connected,
      disconnects,
      frames,
      bytes,
      reports,
      gaps,
      delays: Array.from(samples.subarray(0, sampled)),
    });
  } else if (msg.type === 'stop') {
    for (const t of timers) clearInterval(t);
    for (const c of clients) c.ws.terminate();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
