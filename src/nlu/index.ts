/** Dutch as workers type it. No botbuilder here: every dialog uses these, and so can any channel. */
export { understandYesNo, type YesNo } from './yes-no';
export { understandNumber } from './numbers';
export { understandAvailability, understandDays, type AvailabilityReading } from './days';
export { understandTime, type ClockTime } from './times';
export { understandDate } from './dates';
export { understandPhone, understandPhoneAnswer, type PhoneAnswer } from './phone';
export { understandGoals, type GoalsReading } from './goals';
export { understandReasons, type ReasonsReading } from './reasons';
export { understandFormat } from './format';
export { understandCommand, type Command } from './commands';
export { understandName, firstName, isPlaceholderName } from './name';
export { understandChoice, type ChoiceOption } from './choice';
export { understandConsent, type ConsentAnswer } from './consent';
export { understandChange, type ChangeField } from './change';
export { understandLessonRequest, type LessonRequest } from './lesson-request';
export { understandOffer, type OfferWords, type OfferAnswer } from './offers';
export { understandHelper, type HelperAnswer } from './helper-name';
export { warmUpNlu } from './learnt';
