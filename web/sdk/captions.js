// anteroom JS SDK: live captions, and the language each person speaks.
// Methods of `Call` (see call.js).

export class CaptionsMethods {
  /**
   * Live captions on or off for this viewer. While on, `caption` events
   * carry everyone's speech in the room, and `captionsstate` says whether
   * captions keep up (`on`), run behind (`delayed`) or stopped
   * (`unavailable`). Rejects with `captions_unavailable` when the server
   * runs no captions. `language` (`nl`): read them in that language,
   * final segments only, translated by the clinic's translation service
   * (`translation_unavailable` without one); absent: as spoken.
   */
  async setCaptions(on, language) {
    await this._request(language ? { type: 'set_captions', on, language } : { type: 'set_captions', on });
    this.captionsOn = on;
  }

  /**
   * The language a participant in the room (`participantId`, yours
   * included) speaks, for everyone's captions of them: everyone gets a
   * `spokenlanguage` event. Rejects with `spoken_language_unavailable`
   * when captions cannot hear it (see `call.captionsLanguages`).
   */
  async setSpokenLanguage(participantId, language) {
    await this._request({ type: 'set_spoken_language', participant: participantId, language });
  }
}
