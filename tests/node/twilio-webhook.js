// Signs and checks Twilio webhooks with the official npm `twilio` library, exactly as Twilio signs them, and parses
// TwiML with fast-xml-parser, so the C# tests compare the service with Twilio's own code rather than with itself.
// Reads one JSON request on stdin and prints one JSON line:
//
//   {"op":"sign","authToken":"...","requests":[{"url":"https://...","params":{"Body":"hi",...}},...]}
//     -> {"signatures":["base64...",...]}
//   {"op":"validate","authToken":"...","signature":"...","url":"...","params":{...}}
//     -> {"valid":true}
//   {"op":"parse-twiml","xml":"<?xml ...?><Response/>"}
//     -> {"valid":true,"document":{...}} or {"valid":false,"error":"..."}
'use strict';

const twilio = require('twilio');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

function readStdin() {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => { text += chunk; });
    process.stdin.on('end', () => resolve(text));
    process.stdin.on('error', reject);
  });
}

function run(input) {
  switch (input.op) {
    case 'sign':
      return { signatures: input.requests.map((r) => twilio.getExpectedTwilioSignature(input.authToken, r.url, r.params)) };
    case 'validate':
      return { valid: twilio.validateRequest(input.authToken, input.signature, input.url, input.params) };
    case 'parse-twiml': {
      const check = XMLValidator.validate(input.xml);
      if (check !== true) return { valid: false, error: check.err.msg };
      const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false });
      return { valid: true, document: parser.parse(input.xml) };
    }
    default:
      throw new Error(`unknown op ${input.op}`);
  }
}

readStdin()
  .then((text) => { process.stdout.write(JSON.stringify(run(JSON.parse(text))) + '\n'); })
  .catch((error) => { process.stderr.write(`${error.stack || error}\n`); process.exit(1); });
