import { describe, expect, it } from 'vitest';
import { imageFileName } from './image-file-name';

describe('imageFileName', () => {
  it('keeps the address’s own name, with the extension of the type the server declared', () => {
    expect(imageFileName('https://comms.example.com/img/lyon-plant.png', 'image/png')).toBe('lyon-plant.png');
    expect(imageFileName('https://comms.example.com/img/photo.png?w=1200', 'image/jpeg')).toBe('photo.jpg');
    expect(imageFileName('https://comms.example.com/img/banner.webp#top', 'image/webp')).toBe('banner.webp');
  });

  it('reduces accents, spaces and anything unsafe in a file name', () => {
    expect(imageFileName('https://comms.example.com/img/%C3%A9quipe%20de%20Lyon.jpeg', 'image/jpeg')).toBe(
      'equipe-de-Lyon.jpg',
    );
    expect(imageFileName('https://comms.example.com/img/..%2F..%2Fetc%2Fpasswd', 'image/png')).toBe('etc-passwd.png');
    expect(imageFileName('https://comms.example.com/img/%E0%A4%A.gif', 'image/gif')).toBe('E0-A4-A.gif');
  });

  it('names the image “image” when the address has no usable name', () => {
    expect(imageFileName('https://comms.example.com/', 'image/png')).toBe('image.png');
    expect(imageFileName('https://comms.example.com/render?id=4', 'image/avif')).toBe('render.avif');
    expect(imageFileName('not a url', 'image/png')).toBe('image.png');
  });

  it('keeps long names to a sane length', () => {
    const name = imageFileName(`https://comms.example.com/${'a'.repeat(300)}.png`, 'image/png');
    expect(name).toBe(`${'a'.repeat(80)}.png`);
  });
});
