package io.rapport.crm.campaign;

import io.rapport.crm.common.ConsentChannel;

/** How a campaign reaches people, and the consent channel each way needs. */
public enum CampaignChannel {
  /** E-mail. */
  EMAIL(ConsentChannel.EMAIL),
  /** Text messages. */
  SMS(ConsentChannel.SMS),
  /** Printed mail. */
  DIRECT_MAIL(ConsentChannel.POST),
  /** Outbound calls. */
  TELEMARKETING(ConsentChannel.PHONE),
  /** Approaches in a branch. */
  BRANCH(ConsentChannel.IN_BRANCH),
  /** Personalised web content. */
  WEB(ConsentChannel.DIGITAL),
  /** Personalised social media content. */
  SOCIAL(ConsentChannel.DIGITAL),
  /** Personalised ATM screens. */
  ATM_SCREEN(ConsentChannel.DIGITAL),
  /** Messages played by the interactive voice response system. */
  IVR_MESSAGE(ConsentChannel.PHONE),
  /** Push notifications of the mobile app. */
  MOBILE_PUSH(ConsentChannel.PUSH);

  private final ConsentChannel consentChannel;

  CampaignChannel(ConsentChannel consentChannel) {
    this.consentChannel = consentChannel;
  }

  /** The channel whose consent a contact this way needs. */
  public ConsentChannel consentChannel() {
    return consentChannel;
  }
}
