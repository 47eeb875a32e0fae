/** Screen sizes a command-centre wall runs at, offered in the toolbar. */
export const screenViewports = {
  fhd: {
    name: '1080p (1920×1080)',
    styles: { width: '1920px', height: '1080px' },
    type: 'desktop',
  },
  uhd: { name: '4K (3840×2160)', styles: { width: '3840px', height: '2160px' }, type: 'desktop' },
  wall: {
    name: '32:9 wall (5760×1620)',
    styles: { width: '5760px', height: '1620px' },
    type: 'desktop',
  },
  panel: {
    name: 'Portal card (640×360)',
    styles: { width: '640px', height: '360px' },
    type: 'desktop',
  },
} as const;
