/** The Studio's own checks, beyond the feed validator's (whose messages live in lib/feed/messages.ts). */
import { defineMessages } from '../i18n/messages';

export const studioProblemMessages = defineMessages(
  {
    mixSum: 'The mix adds up to {sum} %; it must add up to 100 %',
    hintMixSum: 'Change the shares until the total reads 100 %.',
  },
  {
    mixSum: 'Le mix fait {sum}\u202f% au total\u202f; il doit faire 100\u202f%',
    hintMixSum: 'Modifiez les parts jusqu’à ce que le total indique 100\u202f%.',
  },
);
